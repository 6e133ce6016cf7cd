package org.badgekit.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import org.badgekit.BadgeException;

/**
 * The API bearer token, kept in a file readable by its owner only (mode 0600), by default {@code state/api-token} of the
 * workspace. Created on first start with 256 random bits; clients read it from the file, the server never prints it.
 *
 * @param value the token
 * @param file where it is kept
 * @param created true when this call created the file
 */
public record ApiToken(String value, Path file, boolean created) {
    /** The token file's name below the workspace {@code state/} folder. */
    public static final String FILE_NAME = "api-token";

    /** Checks that value and file are given; use {@link #loadOrCreate} to read or create the token file. */
    public ApiToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
    }

    /**
     * Reads the token in {@code file}, or creates the file with a fresh token when it does not exist.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} when the file holds no usable token (blank or shorter than 16
     *     characters); {@code IO_ERROR} naming the file when it cannot be read or created
     */
    public static ApiToken loadOrCreate(Path file, SecureRandom random) throws BadgeException {
        Objects.requireNonNull(file, "file");
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                random.nextBytes(bytes);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rw-------");
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(owner));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException e) {
                    return read(file);
                }
                Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
                return new ApiToken(token, file, true);
            }
            return read(file);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read or create the API token: "
                    + e.getMessage(), file.toString(), e);
        }
    }

    private static ApiToken read(Path file) throws IOException, BadgeException {
        String token = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (token.length() < 16 || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, file + ": expected one token of at least 16 printable "
                    + "characters; delete the file to get a new one", file.toString(), null);
        }
        return new ApiToken(token, file, false);
    }

    @Override
    public String toString() {
        return "ApiToken[" + file + "]";
    }
}
