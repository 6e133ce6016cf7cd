package org.badgekit.issue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.badgekit.BadgeException;

/**
 * Crash-safe file writes: a file either has its complete new content or its previous state, never half of it.
 *
 * <p>Bytes go to a hidden temp file in the same directory ({@code .NAME.RANDOM.tmp}), which is forced to disk and then
 * renamed over the target; the directory is forced afterwards so that the rename survives a power cut. Temp files left by a
 * killed process are removed with {@link #deleteTempFiles(Path)}.
 */
public final class AtomicFiles {
    /** Suffix of the temp files this class creates; {@link #deleteTempFiles(Path)} removes only files with it. */
    public static final String TEMP_SUFFIX = ".tmp";

    /** How hard a write insists on reaching the disk. */
    public enum Durability {
        /** Force the file and its directory: the write survives a power cut or an OS crash. The default. */
        POWER_LOSS,
        /**
         * Atomic rename only, no fsync: the write survives a killed process ({@code kill -9}) but not a power cut. Several
         * times faster on ordinary disks; for callers that accept redoing work after a power cut.
         */
        PROCESS_CRASH
    }

    private AtomicFiles() {}

    /**
     * Writes {@code content} to {@code target} atomically and durably ({@link Durability#POWER_LOSS}), replacing an existing
     * file, creating missing parent directories.
     *
     * @throws BadgeException {@code IO_ERROR} naming the target
     */
    public static void write(Path target, byte[] content) throws BadgeException {
        write(target, content, Durability.POWER_LOSS);
    }

    /**
     * Writes {@code content} to {@code target} atomically with the given durability.
     *
     * @throws BadgeException {@code IO_ERROR} naming the target
     */
    public static void write(Path target, byte[] content, Durability durability) throws BadgeException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(durability, "durability");
        Objects.requireNonNull(content, "content");
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + TEMP_SUFFIX);
        try {
            try (FileChannel channel = createTemp(temp, dir)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (durability == Durability.POWER_LOSS) {
                    channel.force(true);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (durability == Durability.POWER_LOSS) {
                forceDirectory(dir);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temp file is cleaned by deleteTempFiles on the next run
            }
            throw new BadgeException(BadgeException.Code.IO_ERROR,
                    target + ": cannot write file: " + e.getMessage(), target.toString(), e);
        }
    }

    /**
     * Creates the temp file, creating the directory only when it is missing: a batch writes thousands of files into one
     * directory, and {@code Files.createDirectories} on an existing directory costs a failing {@code mkdir} and an exception
     * every time.
     */
    private static FileChannel createTemp(Path temp, Path dir) throws IOException {
        try {
            return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            Files.createDirectories(dir);
            return FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /**
     * Deletes the temp files that an interrupted {@link #write} left in {@code dir} (not recursive); a missing directory is fine.
     *
     * @return how many files were deleted
     * @throws BadgeException {@code IO_ERROR} naming the directory
     */
    public static int deleteTempFiles(Path dir) throws BadgeException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + "*" + TEMP_SUFFIX)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR,
                    dir + ": cannot clean temp files: " + e.getMessage(), dir.toString(), e);
        }
        return deleted;
    }

    /** Forces a directory's entries to disk; platforms that cannot open a directory (Windows) skip this silently. */
    static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported on this platform: the rename is still atomic, only its durability is weaker
        }
    }
}
