package org.badgekit.issue.batch;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File-name stems that are safe on every file system and readable by the coordinator handing badges out: ASCII-folded
 * ({@code Äijälä} becomes {@code aijala}), lower case, only {@code a-z 0-9 - _}, no path separators or dot files, at most
 * {@value #MAX_LENGTH} characters. An instance remembers the stems it handed out and de-duplicates with {@code -2}, {@code -3};
 * it keeps 64-bit hashes, not strings, so it stays small for 100,000 rows. Not thread-safe: assign from one thread.
 */
public final class SafeFileNames {
    /** Longest stem returned (leaves room for an extension and a de-duplication suffix under 255 bytes). */
    public static final int MAX_LENGTH = 80;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private final Set<Long> used = new HashSet<>();

    /** A fresh de-duplicating assigner. */
    public SafeFileNames() {
        // stateful instance: one per output directory
    }

    /** Folds free text into a safe stem; returns {@code fallback} when nothing usable is left. */
    public static String fold(String text, String fallback) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("đ", "d").replace("ł", "l").replace("Ł", "l")
                .toLowerCase(Locale.ROOT);
        String ascii = MARKS.matcher(folded).replaceAll("");
        StringBuilder stem = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            if (keep) {
                stem.append(c);
            } else if (stem.length() > 0 && stem.charAt(stem.length() - 1) != '-') {
                stem.append('-');
            }
        }
        String result = TRAILING_DASHES.matcher(stem).replaceAll("");
        if (result.length() > MAX_LENGTH) {
            result = TRAILING_DASHES.matcher(result.substring(0, MAX_LENGTH)).replaceAll("");
        }
        return result.isEmpty() ? fallback : result;
    }

    /** Returns {@code stem}, or {@code stem-2}, {@code stem-3}... if already handed out (compared case-insensitively). */
    public String unique(String stem) {
        String candidate = stem;
        for (int n = 2; !used.add(hash(candidate)); n++) {
            candidate = stem + "-" + n;
        }
        return candidate;
    }

    private static long hash(String stem) {
        return Key128.of(stem.toLowerCase(Locale.ROOT)).high();
    }
}
