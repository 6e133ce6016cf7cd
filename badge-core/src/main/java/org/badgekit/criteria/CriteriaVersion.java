package org.badgekit.criteria;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A criteria version, {@code MAJOR.MINOR.PATCH}: a new major version changes what an earner must show, a minor one adds or
 * clarifies, a patch fixes wording or translations.
 */
public record CriteriaVersion(int major, int minor, int patch) implements Comparable<CriteriaVersion> {
    private static final Pattern FORMAT = Pattern.compile("(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})");
    private static final Comparator<CriteriaVersion> ORDER = Comparator.comparingInt(CriteriaVersion::major)
            .thenComparingInt(CriteriaVersion::minor)
            .thenComparingInt(CriteriaVersion::patch);

    public CriteriaVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version parts must not be negative: " + major + "." + minor + "." + patch);
        }
    }

    /**
     * Parses {@code MAJOR.MINOR.PATCH}.
     *
     * @throws IllegalArgumentException naming the text when it is not three dot-separated numbers
     */
    public static CriteriaVersion parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("version '" + text + "' is not MAJOR.MINOR.PATCH, e.g. 1.0.0");
        }
        return new CriteriaVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    @Override
    public int compareTo(CriteriaVersion other) {
        return ORDER.compare(this, other);
    }

    /** True when this version is lower than {@code other}. */
    public boolean isBefore(CriteriaVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
