package org.badgekit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.badgekit.BadgeException;

/** Writes a small output file through a temp file in the same directory; never replaces an existing file unless asked. */
final class OutputFile {
    private OutputFile() {}

    static void writeText(Path target, String text, boolean overwrite) throws BadgeException {
        if (!overwrite && Files.exists(target)) {
            throw exists(target);
        }
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            if (overwrite) {
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                Files.move(temp, absolute);
            }
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, target + ": cannot write: " + e, target.toString(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed and says so
                }
            }
        }
    }

    private static BadgeException exists(Path target) {
        return new BadgeException(BadgeException.Code.ALREADY_EXISTS, target + ": already exists; pass --force to overwrite it",
                target.toString(), null);
    }
}
