package org.badgekit.issue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyFiles;
import org.badgekit.keys.KeyFormat;
import org.badgekit.keys.KeyType;

/**
 * Creates issuer workspaces (see {@link Workspace} for the layout). Never touches an existing workspace: a folder that already
 * has {@code issuer.yaml}, {@code keys/} or {@code state/} is refused, and a creation that fails half-way removes what it
 * wrote. {@code issuer.yaml} is written last, so a folder with one is complete.
 */
public final class WorkspaceCreator {
    /** Largest issuer image copied into a workspace. */
    public static final long MAX_IMAGE_BYTES = 2L * 1024 * 1024;

    private WorkspaceCreator() {}

    /**
     * Creates a workspace in {@code dir} (created when missing).
     *
     * @param image an image file to copy into the workspace as the issuer logo, or null ({@code settings.image()} may name a
     *     URL instead)
     * @param passphrase encrypts both private keys when not null
     * @throws BadgeException {@code ALREADY_EXISTS} for an existing workspace; {@code INVALID_ARGUMENT} naming a bad setting;
     *     {@code NOT_FOUND}/{@code UNSUPPORTED} for the image; {@code IO_ERROR} naming the file that could not be written
     */
    public static Workspace create(Path dir, IssuerSettings settings, Path image, char[] passphrase, SecureRandom random)
            throws BadgeException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(random, "random");
        for (String existing : List.of(IssuerYaml.FILE_NAME, WorkspaceFiles.KEYS, WorkspaceFiles.STATE)) {
            if (Files.exists(dir.resolve(existing))) {
                throw new BadgeException(BadgeException.Code.ALREADY_EXISTS, dir + " already holds a workspace (" + dir.resolve(existing)
                        + " exists); refusing to overwrite it", dir.toString(), null);
            }
        }
        check(settings);
        List<Path> created = new ArrayList<>();
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                created.add(dir);
            }
            IssuerSettings effective = settings.withKeysEncrypted(passphrase != null);
            if (image != null) {
                String name = copyImage(image, dir);
                created.add(dir.resolve(name));
                effective = effective.withImage(name);
            }
            Path keys = dir.resolve(WorkspaceFiles.KEYS);
            Files.createDirectory(keys, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            created.add(keys);
            Path state = dir.resolve(WorkspaceFiles.STATE);
            Files.createDirectory(state);
            created.add(state);
            IssuerKey ed = IssuerKey.generate(KeyType.ED25519, 0);
            IssuerKey rsa = IssuerKey.generate(KeyType.RSA, 2048);
            Workspace workspace = Workspace.of(dir, effective, ed, rsa);
            write(created, dir.resolve(WorkspaceFiles.ED25519_KEY), path -> KeyFiles.write(ed, path, KeyFormat.PEM, passphrase, false));
            write(created, dir.resolve(WorkspaceFiles.RSA_KEY), path -> KeyFiles.write(rsa, path, KeyFormat.PEM, passphrase, false));
            write(created, workspace.ed25519PublicKeyFile(),
                    path -> KeyFiles.writePublicJson(ed.publicJwk(workspace.dataIntegrityMethod()), path, false));
            write(created, workspace.rsaPublicKeyFile(),
                    path -> KeyFiles.writePublicJson(rsa.publicJwk(workspace.jwtUsesRsa() ? workspace.jwtKeyId() : null), path, false));
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            write(created, dir.resolve(WorkspaceFiles.LEDGER_SECRET), path -> writePrivate(path, HexFormat.of().formatHex(secret) + "\n"));
            byte[] yaml = IssuerYaml.write(effective, workspace.issuerId()).getBytes(StandardCharsets.UTF_8);
            write(created, dir.resolve(IssuerYaml.FILE_NAME), path -> AtomicFiles.write(path, yaml));
            created.clear();
            return workspace;
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, dir + ": cannot create the workspace: " + e.getMessage(),
                    dir.toString(), e);
        } finally {
            removeQuietly(created);
        }
    }

    private static void check(IssuerSettings settings) throws BadgeException {
        String[] problem = new String[1];
        String first = SettingsCheck.name(settings.name());
        if (first == null) {
            first = SettingsCheck.email(settings.email());
        }
        if (first == null && SettingsCheck.httpUrl("url", settings.url().toString(), problem) == null) {
            first = problem[0];
        }
        if (first == null && SettingsCheck.httpUrl("base URL", settings.baseUrl().toString(), problem) == null) {
            first = problem[0];
        }
        if (first == null) {
            first = SettingsCheck.languages(settings.languages());
        }
        if (first == null && !settings.baseUrl().toString().endsWith("/")) {
            first = "base URL " + settings.baseUrl() + " must end with '/'";
        }
        if (first != null) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, first);
        }
    }

    private static String copyImage(Path image, Path dir) throws BadgeException, IOException {
        if (!Files.isRegularFile(image)) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, "image " + image + " does not exist", image.toString(), null);
        }
        String file = image.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = file.endsWith(".png") ? "png" : file.endsWith(".svg") ? "svg"
                : file.endsWith(".jpg") || file.endsWith(".jpeg") ? "jpg" : null;
        if (extension == null) {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED, "image " + image + " is not a .png, .svg or .jpg file",
                    image.toString(), null);
        }
        if (Files.size(image) > MAX_IMAGE_BYTES) {
            throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, "image " + image + " is larger than " + MAX_IMAGE_BYTES
                    + " bytes", image.toString(), null);
        }
        String name = "issuer-image." + extension;
        Files.copy(image, dir.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        return name;
    }

    private static void writePrivate(Path file, String text) throws BadgeException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            throw new BadgeException(BadgeException.Code.ALREADY_EXISTS, file + " already exists", file.toString(), e);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot write: " + e.getMessage(), file.toString(), e);
        }
    }

    @FunctionalInterface
    private interface FileWrite {
        void to(Path file) throws BadgeException;
    }

    private static void write(List<Path> created, Path file, FileWrite write) throws BadgeException {
        write.to(file);
        created.add(file);
    }

    /** Removes what a failed creation wrote, newest first. */
    private static void removeQuietly(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException ignored) {
                // best effort: the error that got us here is what the user needs to see
            }
        }
    }
}
