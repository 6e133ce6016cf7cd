package org.badgekit.revoke;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.badgekit.BadgeException;
import org.badgekit.issue.Ledger;
import org.badgekit.issue.LedgerEntry;
import org.badgekit.issue.Workspace;

/** Finds issued badges in the workspace ledger by credential id, by the coordinator's row reference, or by e-mail address. */
final class LedgerLookup {
    private final Workspace workspace;

    LedgerLookup(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every ledger entry with this credential id (normally at most one). */
    List<LedgerEntry> byId(String id) throws BadgeException {
        return matching(entry -> entry.id().equals(id));
    }

    /** Every ledger entry with this {@code ref}. */
    List<LedgerEntry> byRef(String ref) throws BadgeException {
        return matching(entry -> ref.equals(entry.ref()));
    }

    /** Every ledger entry issued to this e-mail address (compared through the ledger's keyed hash). */
    List<LedgerEntry> byEmail(String email) throws BadgeException {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        List<LedgerEntry> found = new ArrayList<>();
        if (!Files.exists(workspace.ledgerFile())) {
            return found;
        }
        try (Ledger ledger = Ledger.open(workspace.ledgerFile(), workspace.ledgerSecret())) {
            String key = ledger.emailKey(normalized);
            ledger.forEach(entry -> {
                if (entry.emailKey().equals(key)) {
                    found.add(entry);
                }
            });
        }
        return found;
    }

    /** The files an entry lists that exist, resolved against the workspace folder and then the working directory. */
    List<Path> existingFiles(LedgerEntry entry) {
        List<Path> files = new ArrayList<>();
        for (String name : entry.files()) {
            for (Path base : List.of(workspace.dir(), Path.of(""))) {
                Path candidate = base.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    files.add(candidate);
                    break;
                }
            }
        }
        return files;
    }

    private interface Match {
        boolean test(LedgerEntry entry);
    }

    private List<LedgerEntry> matching(Match match) throws BadgeException {
        List<LedgerEntry> found = new ArrayList<>();
        if (!Files.exists(workspace.ledgerFile())) {
            return found;
        }
        try (Ledger ledger = Ledger.open(workspace.ledgerFile(), null)) {
            ledger.forEach(entry -> {
                if (match.test(entry)) {
                    found.add(entry);
                }
            });
        }
        return found;
    }
}
