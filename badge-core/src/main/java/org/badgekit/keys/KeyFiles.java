package org.badgekit.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * Reads and writes key files. Writing is atomic and private: the bytes go to a temporary file in the target folder that is
 * created with permissions {@code 0600} (never world-readable, even briefly), then linked into place without replacing an
 * existing file unless asked to. Reading detects JWK (JSON) or PEM from the content.
 */
public final class KeyFiles {
    /** Largest key file read; real ones are a few kilobytes. */
    public static final int MAX_KEY_FILE_BYTES = 64 * 1024;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeyFiles() {}

    /**
     * Writes {@code key} (its private part when it has one) to {@code file}.
     *
     * @param passphrase encrypts a PEM private key (PKCS#8, PBKDF2 + AES-256-CBC) when not null; JWK files cannot be encrypted
     * @param overwrite replace an existing file; otherwise an existing file is an {@code ALREADY_EXISTS} error
     */
    public static void write(IssuerKey key, Path file, KeyFormat format, char[] passphrase, boolean overwrite)
            throws BadgeException {
        if (passphrase != null && format != KeyFormat.PEM) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                    "passphrase encryption needs the pem format; " + file + " was asked for as " + format.name().toLowerCase());
        }
        String text;
        if (format == KeyFormat.PEM) {
            text = key.hasPrivateKey() ? PemCodec.writePrivate(key, passphrase) : PemCodec.writePublic(key);
        } else {
            text = JsonCodec.writePretty(key.hasPrivateKey() ? key.privateJwk() : key.publicJwk()) + "\n";
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            writePrivately(file, bytes, overwrite);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Writes a public document (a public JWK, JWKS or DID document) as pretty JSON, the same way as a key: atomically, owner-only
     * (copy or chmod it when publishing), and never over an existing file unless asked to.
     */
    public static void writePublicJson(JsonNode document, Path file, boolean overwrite) throws BadgeException {
        writePrivately(file, (JsonCodec.writePretty(document) + "\n").getBytes(StandardCharsets.UTF_8), overwrite);
    }

    /**
     * Reads a key file: a JWK (public or private), an SPKI/PKCS#8 PEM, or an encrypted PKCS#8 PEM.
     *
     * @param passphrase for an encrypted PEM; may be null
     * @throws BadgeException {@code NOT_FOUND} when absent, {@code KEY_ERROR} for unreadable keys and "wrong passphrase for FILE"
     */
    public static IssuerKey read(Path file, char[] passphrase) throws BadgeException {
        String source = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new BadgeException(BadgeException.Code.NOT_FOUND, "key file " + file + " does not exist", source, null);
            }
            long size = Files.size(file);
            if (size > MAX_KEY_FILE_BYTES) {
                throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED,
                        file + ": " + size + " bytes is too large for a key file (limit " + MAX_KEY_FILE_BYTES + ")", source, null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), source, e);
        }
        try {
            return parse(source, new String(bytes, StandardCharsets.UTF_8), passphrase);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Parses key text as {@link #read(Path, char[])} does; {@code source} names it in messages. */
    public static IssuerKey parse(String source, String text, char[] passphrase) throws BadgeException {
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            JsonNode json;
            try {
                json = JsonCodec.parse(source, trimmed);
            } catch (BadgeException e) {
                // the JSON parser's message may quote the input, which may be a secret: keep only where it failed
                throw new BadgeException(BadgeException.Code.KEY_ERROR, source + ": key file is not well-formed JSON", source, null);
            }
            try {
                return IssuerKey.fromJwk(json);
            } catch (BadgeException e) {
                throw new BadgeException(e.code(), source + ": " + e.getMessage(), source, e);
            }
        }
        if (trimmed.startsWith("-----BEGIN")) {
            return PemCodec.read(source, trimmed, passphrase);
        }
        throw new BadgeException(BadgeException.Code.KEY_ERROR, source + ": not a key file; expected a JWK (JSON) or PEM", source,
                null);
    }

    /** Reads a passphrase file: its first line, without the line ending. */
    public static char[] readPassphrase(Path file) throws BadgeException {
        try {
            if (Files.size(file) > 4096) {
                throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, "passphrase file " + file + " is larger than 4096 bytes",
                        file.toString(), null);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                throw new BadgeException(BadgeException.Code.INVALID_INPUT, "passphrase file " + file + " is empty", file.toString(), null);
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, "cannot read passphrase file " + file + ": " + e.getMessage(),
                    file.toString(), e);
        }
    }

    private static void writePrivately(Path file, byte[] bytes, boolean overwrite) throws BadgeException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (!overwrite && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new BadgeException(BadgeException.Code.ALREADY_EXISTS, file + " already exists; refusing to overwrite it",
                    file.toString(), null);
        }
        Path temp = null;
        try {
            Files.createDirectories(dir);
            boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
            FileAttribute<?>[] attributes = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", attributes);
            Files.write(temp, bytes);
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (overwrite) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                publishWithoutReplacing(temp, target);
            }
            temp = null;
        } catch (FileAlreadyExistsException e) {
            throw new BadgeException(BadgeException.Code.ALREADY_EXISTS, file + " already exists; refusing to overwrite it",
                    file.toString(), e);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, "cannot write " + file + ": " + e.getMessage(), file.toString(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temp file is 0600 and named after the target
                }
            }
        }
    }

    /** A hard link fails when the target exists, so two writers cannot both win; a plain move is the fallback. */
    private static void publishWithoutReplacing(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException) {
                throw (FileAlreadyExistsException) e;
            }
            Files.move(temp, target);
        }
    }
}
