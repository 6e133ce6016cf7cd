package org.badgekit.issue.batch;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One valid, typed row of a batch file, as handed to a {@link RowIssuer}.
 *
 * @param row the spreadsheet row number (the header is row 1)
 * @param email the recipient's e-mail address as written (trimmed)
 * @param name the recipient's name, or null
 * @param badge the badge (criteria) id
 * @param lang the language of the credential texts: en, fi, et, lv or nl
 * @param issuedOn when the achievement was awarded, or null for "at issuance"
 * @param validUntil end of validity, or null for no expiry; a plain date means the end of that day (UTC)
 * @param evidenceUrl an absolute http(s) URL of evidence, or null
 * @param evidenceNarrative a free-text evidence narrative, or null
 * @param ref the coordinator's own row key, or null
 * @param key the row's stable key inside its batch: {@code ref:REF}, else {@code email:ADDRESS|BADGE}
 * @param fileStem a safe, unique file-name stem for this row's files (no directory, no extension)
 */
public record BatchRow(int row, String email, String name, String badge, String lang, Instant issuedOn, Instant validUntil,
        String evidenceUrl, String evidenceNarrative, String ref, String key, String fileStem) {

    public BatchRow {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fileStem, "fileStem");
    }

    /** The address as compared for duplicates: trimmed and lower-cased. */
    public String normalizedEmail() {
        return normalize(email);
    }

    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** This row with another file stem (used when two rows fold to the same name). */
    BatchRow withFileStem(String stem) {
        return new BatchRow(row, email, name, badge, lang, issuedOn, validUntil, evidenceUrl, evidenceNarrative, ref, key, stem);
    }
}
