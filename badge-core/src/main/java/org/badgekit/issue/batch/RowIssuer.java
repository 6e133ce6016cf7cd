package org.badgekit.issue.batch;

import java.nio.file.Path;
import org.badgekit.BadgeException;

/**
 * Signs and bakes the credential of one row; the batch engine calls it from several threads at once.
 *
 * <p>An implementation must be thread-safe and write every file atomically ({@link org.badgekit.issue.AtomicFiles#write}), so
 * that a process killed at any moment leaves either a complete file or none. (The default write forces file and directory to
 * disk, which on a slow disk costs more than signing; {@code AtomicFiles.Durability.PROCESS_CRASH} skips the fsyncs when redoing
 * rows after a power cut is acceptable: the ledger, forced in any case, still decides what counts as issued.) It must use {@code credentialId} as the
 * credential's id: ids are stable across reruns, which is how a resumed batch overwrites, rather than duplicates, a credential
 * whose files were written but whose ledger line was not. File names should be derived from {@link BatchRow#fileStem()}.
 */
@FunctionalInterface
public interface RowIssuer {

    /**
     * Issues one credential.
     *
     * @param credentialsDir where the credential document goes
     * @param bakedDir where the baked image goes
     * @return what was written, with paths relative to the batch output directory (the parent of both directories)
     * @throws BadgeException {@code INVALID_INPUT}/{@code INVALID_ARGUMENT}/{@code NOT_FOUND}/{@code UNSUPPORTED}/{@code
     *     LIMIT_EXCEEDED}/{@code MALFORMED_INPUT} reject this row only; any other code stops the batch
     */
    IssuedCredential issue(BatchRow row, String credentialId, Path credentialsDir, Path bakedDir) throws BadgeException;
}
