package org.badgekit.issue.batch;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.badgekit.issue.EmailAddresses;

/** Turns a raw row into a typed {@link BatchRow}, collecting every problem of the row instead of stopping at the first. */
final class RowParser {
    static final Set<String> LANGUAGES = Set.of("en", "fi", "et", "lv", "nl");
    private static final Pattern OFFSET = Pattern.compile(".*[+-]\\d{2}:?\\d{2}$");

    private final Columns columns;
    private final Set<String> knownBadges;
    private final String defaultBadge;
    private final String defaultLang;

    /** A parsed row: either {@code row} or a non-empty {@code problems}. */
    record Parsed(BatchRow row, List<RowProblem> problems) {
        Parsed {
            problems = List.copyOf(problems);
        }
    }

    RowParser(Columns columns, Set<String> knownBadges, String defaultBadge, String defaultLang) {
        this.columns = columns;
        this.knownBadges = knownBadges;
        this.defaultBadge = defaultBadge;
        this.defaultLang = defaultLang;
    }

    Parsed parse(RawRow raw) {
        List<RowProblem> problems = new ArrayList<>();
        int row = raw.row();
        if (raw.extraCells() > 0) {
            problems.add(new RowProblem(row, null, "the row has " + raw.extraCells()
                    + " filled cell(s) to the right of the last header column", "move the values under a named column"));
        }
        String email = columns.get(raw, Columns.EMAIL);
        if (email.isEmpty()) {
            problems.add(new RowProblem(row, Columns.EMAIL, "the e-mail address is empty", "fill it in or delete the row"));
        } else if (!EmailAddresses.isValid(email)) {
            problems.add(new RowProblem(row, Columns.EMAIL, "'" + email + "' is not an e-mail address",
                    "fix the address or delete the row"));
        }
        String badge = columns.get(raw, Columns.BADGE);
        if (badge.isEmpty()) {
            badge = defaultBadge == null ? "" : defaultBadge;
        }
        if (badge.isEmpty()) {
            problems.add(new RowProblem(row, Columns.BADGE, "no badge given and no default badge",
                    "write one of " + new TreeSet<>(knownBadges) + " or give a default badge"));
        } else if (!knownBadges.contains(badge)) {
            problems.add(new RowProblem(row, Columns.BADGE, "unknown badge '" + badge + "'",
                    "use one of " + new TreeSet<>(knownBadges)));
        }
        String lang = columns.get(raw, Columns.LANG).toLowerCase(Locale.ROOT);
        if (lang.isEmpty()) {
            lang = defaultLang;
        }
        if (!LANGUAGES.contains(lang)) {
            problems.add(new RowProblem(row, Columns.LANG, "unknown language '" + lang + "'",
                    "use one of en, fi, et, lv, nl"));
        }
        Instant issuedOn = date(raw, Columns.ISSUED_ON, false, problems);
        Instant validUntil = date(raw, Columns.VALID_UNTIL, true, problems);
        if (issuedOn != null && validUntil != null && validUntil.isBefore(issuedOn)) {
            problems.add(new RowProblem(row, Columns.VALID_UNTIL, "valid_until " + columns.get(raw, Columns.VALID_UNTIL)
                    + " is before issued_on " + columns.get(raw, Columns.ISSUED_ON), "correct one of the two dates"));
        }
        String evidenceUrl = blankToNull(columns.get(raw, Columns.EVIDENCE_URL));
        if (evidenceUrl != null && !isWebUrl(evidenceUrl)) {
            problems.add(new RowProblem(row, Columns.EVIDENCE_URL, "'" + evidenceUrl + "' is not an absolute http(s) URL",
                    "write the full address, e.g. https://example.org/portfolio/123"));
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        String name = blankToNull(columns.get(raw, Columns.NAME));
        String ref = blankToNull(columns.get(raw, Columns.REF));
        String normalized = BatchRow.normalize(email);
        String key = ref != null ? "ref:" + ref : "email:" + normalized + "|" + badge;
        String person = SafeFileNames.fold(name != null ? name : normalized.substring(0, normalized.indexOf('@')), "recipient");
        String stem = ref != null
                ? SafeFileNames.fold(ref, "row-" + row) + "_" + person
                : person + "_" + Long.toHexString(Key128.of(key).high() >>> 16);
        return new Parsed(new BatchRow(row, email, name, badge, lang, issuedOn, validUntil, evidenceUrl,
                blankToNull(columns.get(raw, Columns.EVIDENCE_NARRATIVE)), ref, key, stem), List.of());
    }

    private Instant date(RawRow raw, String column, boolean endOfDay, List<RowProblem> problems) {
        String text = columns.get(raw, column);
        if (text.isEmpty()) {
            return null;
        }
        Instant value = parseInstant(text, endOfDay);
        if (value == null) {
            problems.add(new RowProblem(raw.row(), column, "'" + text + "' is not a date",
                    "write it as YYYY-MM-DD (e.g. 2026-05-31) or as a date-time such as 2026-05-31T12:00:00Z"));
        }
        return value;
    }

    /** A plain date is the start of that day (UTC), or its last second for an end date; a zone-less date-time is UTC. */
    static Instant parseInstant(String text, boolean endOfDay) {
        String value = text.trim().replace(' ', 'T');
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return endOfDay ? date.atTime(23, 59, 59).toInstant(ZoneOffset.UTC) : date.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (value.endsWith("Z") || OFFSET.matcher(value).matches()) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
