package org.badgekit.issue.batch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.badgekit.BadgeException;

/** Maps a batch file's header (case-insensitive, trimmed) to the known columns; refuses unknown, duplicate or missing ones. */
final class Columns {
    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String BADGE = "badge";
    static final String LANG = "lang";
    static final String ISSUED_ON = "issued_on";
    static final String VALID_UNTIL = "valid_until";
    static final String EVIDENCE_URL = "evidence_url";
    static final String EVIDENCE_NARRATIVE = "evidence_narrative";
    static final String REF = "ref";
    static final List<String> KNOWN = List.of(EMAIL, NAME, BADGE, LANG, ISSUED_ON, VALID_UNTIL, EVIDENCE_URL,
            EVIDENCE_NARRATIVE, REF);

    private final Map<String, Integer> index;

    private Columns(Map<String, Integer> index) {
        this.index = index;
    }

    /**
     * @throws BadgeException {@code MALFORMED_INPUT} naming the file, row 1 and the column
     */
    static Columns of(Path file, List<String> header, boolean ignoreUnknown, boolean badgeRequired) throws BadgeException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalize(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            if (!KNOWN.contains(name)) {
                if (ignoreUnknown) {
                    continue;
                }
                throw malformed(file, "unknown column '" + header.get(i).trim() + "'; expected some of " + String.join(", ", KNOWN)
                        + " (or allow extra columns with ignoreUnknownColumns / --ignore-unknown-columns)");
            }
            if (index.putIfAbsent(name, i) != null) {
                throw malformed(file, "column '" + name + "' appears twice in the header; keep one");
            }
        }
        if (!index.containsKey(EMAIL)) {
            throw malformed(file, "no 'email' column in the header " + header + "; the header row must name the columns, e.g. "
                    + "email,name,badge,lang,ref");
        }
        if (badgeRequired && !index.containsKey(BADGE)) {
            throw malformed(file, "no 'badge' column and no default badge; add a badge column or give a default badge (--badge)");
        }
        return new Columns(index);
    }

    static String normalize(String headerCell) {
        return headerCell.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }

    /** The trimmed cell of a column, or "" when the file has no such column. */
    String get(RawRow row, String column) {
        Integer i = index.get(column);
        return i == null ? "" : row.values().get(i).trim();
    }

    private static BadgeException malformed(Path file, String message) {
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT, file + ":1: " + message, file + ":1", null);
    }
}
