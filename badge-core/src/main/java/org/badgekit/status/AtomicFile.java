package org.badgekit.status;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.badgekit.BadgeException;

/**
 * Crash-safe replacement of a small state file: the new bytes go to a temp file in the same folder, are forced to disk, the
 * temp file is atomically renamed over the target, and the folder is forced so that the rename itself survives a power cut.
 * A reader therefore sees either the old or the new file, never a half-written one.
 */
final class AtomicFile {
    private AtomicFile() {}

    static void write(Path target, byte[] content) throws BadgeException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new BadgeException(BadgeException.Code.IO_ERROR,
                        target + ": the file system cannot replace files atomically; keep the workspace on a local disk", e);
            }
            temp = null;
            forceDirectory(dir);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, target + ": cannot write: " + e.getMessage(),
                    target.toString(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp file is only litter; the target is unchanged
                }
            }
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some platforms (Windows) cannot open a folder; the rename is still atomic there, only its durability is weaker
        }
    }
}
