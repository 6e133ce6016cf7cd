package org.badgekit.status;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.badgekit.BadgeException;

/**
 * Runs a read-modify-write of workspace state while holding an exclusive OS lock on a lock file, so that separate processes
 * (two terminals, a batch and a revoke) never interleave their changes.
 *
 * <p>The JVM holds OS file locks per process: a second object of this process asking for the same lock gets an
 * {@link OverlappingFileLockException} instead of waiting. That case is retried (yielding) until the other holder, whose
 * critical section is a few file operations, has finished, with a deadline so that a stuck holder cannot hang the caller.
 */
final class WorkspaceLock {
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Path lockFile;

    WorkspaceLock(Path lockFile) {
        this.lockFile = lockFile;
    }

    /** Something done under the lock. */
    @FunctionalInterface
    interface Action<T> {
        T run() throws BadgeException, IOException;
    }

    <T> T run(Action<T> action) throws BadgeException {
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                acquire(channel);
                // closing the channel releases the lock
                return action.run();
            }
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, lockFile + ": cannot use the workspace state: "
                    + e.getMessage(), lockFile.toString(), e);
        }
    }

    private void acquire(FileChannel channel) throws IOException, BadgeException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (true) {
            try {
                channel.lock();
                return;
            } catch (OverlappingFileLockException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw new BadgeException(BadgeException.Code.IO_ERROR, lockFile + ": another user of this workspace in "
                            + "the same process has held the lock for over 30 seconds", lockFile.toString(), e);
                }
                Thread.yield();
            }
        }
    }
}
