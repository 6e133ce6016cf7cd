package org.badgekit.issue.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.badgekit.BadgeException;
import org.badgekit.issue.Ledger;

/**
 * Pass one: reads every row once, validates it, and decides issue / skip (already issued) / reject, before anything is signed.
 *
 * <p>Memory stays proportional to the number of rows only through compact keys: 128-bit digests of recipient+badge and of
 * refs (duplicates inside the file), of row keys this batch already issued, and of recipient+badge already in the ledger; and a
 * bit set of rejected row numbers. Row contents are never kept.
 */
final class Preflight {
    private final Ledger ledger;
    private final String batchId;
    private final boolean allowReissue;
    private final Map<Key128, Key128> issuedRowKeys = new HashMap<>();
    private final Map<Key128, Key128> damagedRowKeys = new HashMap<>();
    private final Set<Key128> ledgerRecipients = new HashSet<>();
    private final Map<Key128, Integer> fileRecipients = new HashMap<>();
    private final Map<Key128, Integer> fileRefs = new HashMap<>();
    private final BitSet rejectedRows = new BitSet();
    private final Map<String, Long> plannedByBadge = new TreeMap<>();
    private long total;
    private long alreadyIssued;
    private long repaired;
    private long planned;

    Preflight(Ledger ledger, String batchId, boolean allowReissue) {
        this.ledger = ledger;
        this.batchId = batchId;
        this.allowReissue = allowReissue;
    }

    /**
     * Loads the compact keys of what the ledger already holds. A row of this batch whose files under {@code outputDir} are
     * missing or cut short (a power cut after the ledger line was forced, see {@link CompleteFiles}) is planned again instead
     * of skipped; a later line for the same row (the repair) wins. With a null {@code outputDir} no files are checked.
     */
    void loadLedger(Path outputDir) throws BadgeException {
        ledger.forEach(entry -> {
            if (entry.batch().equals(batchId)) {
                Key128 rowKey = Key128.of(entry.rowKey());
                Key128 recipient = Key128.of(entry.emailKey() + "|" + entry.badge());
                if (outputDir == null || CompleteFiles.allComplete(outputDir, entry.files())) {
                    issuedRowKeys.put(rowKey, recipient);
                    damagedRowKeys.remove(rowKey);
                } else if (!issuedRowKeys.containsKey(rowKey)) {
                    damagedRowKeys.put(rowKey, recipient);
                }
            }
            ledgerRecipients.add(Key128.of(entry.emailKey() + "|" + entry.badge()));
        });
    }

    /** Validates every row; rejected rows go to {@code problems} and, unless null, to {@code rejectedCsv}. */
    void scan(RowSource source, RowParser parser, Problems problems, RejectedCsv rejectedCsv) throws BadgeException {
        RawRow raw;
        while ((raw = source.next()) != null) {
            if (raw.isBlank()) {
                continue;
            }
            total++;
            RowParser.Parsed parsed = parser.parse(raw);
            List<RowProblem> rowProblems = new ArrayList<>(parsed.problems());
            if (parsed.row() != null) {
                check(parsed.row(), rowProblems);
            }
            if (!rowProblems.isEmpty()) {
                rejectedRows.set(raw.row());
                problems.rejectRow(rowProblems);
                if (rejectedCsv != null) {
                    rejectedCsv.add(raw, rowProblems);
                }
            }
        }
    }

    private void check(BatchRow row, List<RowProblem> rowProblems) {
        String recipient = row.normalizedEmail() + "|" + row.badge();
        Integer first = fileRecipients.putIfAbsent(Key128.of(recipient), row.row());
        if (first != null) {
            rowProblems.add(new RowProblem(row.row(), Columns.EMAIL, "'" + row.email() + "' already gets badge '" + row.badge()
                    + "' in row " + first, "delete one of the two rows"));
        }
        if (row.ref() != null) {
            Integer firstRef = fileRefs.putIfAbsent(Key128.of(row.ref()), row.row());
            if (firstRef != null) {
                rowProblems.add(new RowProblem(row.row(), Columns.REF, "ref '" + row.ref() + "' is already used in row "
                        + firstRef, "give every row its own ref"));
            }
        }
        if (!rowProblems.isEmpty()) {
            return;
        }
        Key128 recipientKey = Key128.of(ledger.emailKey(row.normalizedEmail()) + "|" + row.badge());
        Key128 issuedTo = issuedRowKeys.get(Key128.of(row.key()));
        if (issuedTo != null) {
            if (issuedTo.equals(recipientKey) || row.ref() == null) {
                alreadyIssued++;
            } else {
                // same batch id and ref, another person or badge: most likely a new cohort in a file of the same name
                rowProblems.add(new RowProblem(row.row(), Columns.REF, "ref '" + row.ref() + "' was already issued in batch '"
                        + batchId + "' to another recipient or badge", "give the row a new ref, or run the file as a new "
                        + "batch (--batch-id)"));
            }
            return;
        }
        Key128 damaged = damagedRowKeys.get(Key128.of(row.key()));
        if (damaged != null && damaged.equals(recipientKey)) {
            // in the ledger, but its files did not survive: issue it again under the same id
            repaired++;
            planned++;
            plannedByBadge.merge(row.badge(), 1L, Long::sum);
            return;
        }
        if (!allowReissue && ledgerRecipients.contains(recipientKey)) {
            rowProblems.add(new RowProblem(row.row(), Columns.EMAIL, "'" + row.email() + "' already holds badge '" + row.badge()
                    + "' from another batch or row (see " + ledger.file().getFileName() + "); likely a duplicate",
                    "delete the row, or allow reissue (--allow-reissue) to issue a second credential"));
            return;
        }
        planned++;
        plannedByBadge.merge(row.badge(), 1L, Long::sum);
    }

    boolean isRejected(int row) {
        return rejectedRows.get(row);
    }

    boolean isIssued(BatchRow row) {
        return issuedRowKeys.containsKey(Key128.of(row.key()));
    }

    long total() {
        return total;
    }

    /** Rows planned again because the ledger lists them but their files are missing or incomplete. */
    long repaired() {
        return repaired;
    }

    long alreadyIssued() {
        return alreadyIssued;
    }

    long planned() {
        return planned;
    }

    Map<String, Long> plannedByBadge() {
        return plannedByBadge;
    }
}
