package org.badgekit.bake;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.badgekit.BadgeException;

/**
 * Writes a file so that readers see either the old content or the complete new one: a temp file in the same directory,
 * flushed to disk, then moved into place. Without permission to replace, the move is a hard link, which fails atomically
 * when the target appeared in the meantime.
 */
final class AtomicFile {
    /** Writes the content of a file. */
    interface Writer<T> {
        T write(OutputStream out) throws BadgeException;
    }

    private AtomicFile() {}

    static <T> T write(Path target, boolean replace, Writer<T> writer) throws BadgeException {
        if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw exists(target);
        }
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
            T result;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                result = writer.write(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, absolute, replace);
            temp = null;
            return result;
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, target + ": cannot write: " + e, target.toString(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed and says so; a stray temp file is the lesser problem
                }
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target, boolean replace) throws IOException {
        if (replace) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        boolean linked;
        try {
            Files.createLink(target, temp);
            linked = true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            linked = false;
        }
        if (linked) {
            Files.delete(temp);
        } else {
            // no hard links on this file system: a plain move still refuses an existing target
            Files.move(temp, target);
        }
    }

    private static BadgeException exists(Path target) {
        return new BadgeException(BadgeException.Code.ALREADY_EXISTS, target + ": already exists; not overwritten",
                target.toString(), null);
    }
}
