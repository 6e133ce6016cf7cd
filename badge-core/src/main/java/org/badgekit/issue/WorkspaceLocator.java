package org.badgekit.issue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.badgekit.criteria.LocalizedText;

/**
 * Finds the workspace a command works on: the folder named explicitly ({@code --workspace DIR}), else {@code issuer.yaml} in
 * the working directory, else the embedded <b>demo workspace</b> {@code BADGE_HOME/demo}, created on first use so that the
 * README's first command works on a fresh machine. The demo issuer's name says DEMO; its base URL is
 * {@value #DEMO_BASE_URL}; it uses did:key, so its badges verify without anything being hosted.
 */
public final class WorkspaceLocator {
    /** Base URL of the demo workspace. */
    public static final String DEMO_BASE_URL = "https://demo.badgekit.example/";
    /** The demo workspace's folder name below the badge home. */
    public static final String DEMO_DIR = "demo";

    /**
     * A workspace and how it was found.
     *
     * @param workspace the workspace
     * @param demo whether it is the embedded demo workspace
     */
    public record Located(Workspace workspace, boolean demo) {
        /** Checks that the workspace is given. */
        public Located {
            Objects.requireNonNull(workspace, "workspace");
        }
    }

    private WorkspaceLocator() {}

    /**
     * Finds the workspace.
     *
     * @param explicit the folder named by the user, or null
     * @param workingDir the current directory
     * @param badgeHome the badge home ({@code ~/.badge}, or {@code BADGE_HOME})
     * @throws BadgeException from {@link Workspace#load}, or {@code IO_ERROR} when the demo cannot be created
     */
    public static Located locate(Path explicit, Path workingDir, Path badgeHome, SecureRandom random) throws BadgeException {
        if (explicit != null) {
            return new Located(Workspace.load(explicit), false);
        }
        if (Files.isRegularFile(workingDir.resolve(IssuerYaml.FILE_NAME))) {
            return new Located(Workspace.load(workingDir), false);
        }
        return new Located(demo(badgeHome, random), true);
    }

    /** The settings of the demo workspace: a DEMO issuer, every criteria language, did:key. */
    public static IssuerSettings demoSettings() {
        URI base = URI.create(DEMO_BASE_URL);
        return new IssuerSettings("DEMO Issuer (badgekit demo workspace, not a real issuer)", base, "demo@demo.badgekit.example",
                "A demonstration issuer created by badgekit on first use. Badges it issues are examples, not awards.", null,
                LocalizedText.LANGUAGES, DidMethod.KEY, base, false);
    }

    /**
     * Opens the demo workspace, creating it first when missing. Creation happens in a temp folder that is renamed into place,
     * so two processes starting at once end up sharing one demo workspace.
     */
    public static Workspace demo(Path badgeHome, SecureRandom random) throws BadgeException {
        Path target = badgeHome.resolve(DEMO_DIR);
        if (Files.isRegularFile(target.resolve(IssuerYaml.FILE_NAME))) {
            return Workspace.load(target);
        }
        Path temp;
        try {
            Files.createDirectories(badgeHome);
            temp = Files.createTempDirectory(badgeHome, ".demo-");
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, badgeHome + ": cannot create the demo workspace: " + e.getMessage()
                    + "; set BADGE_HOME to a writable folder", badgeHome.toString(), e);
        }
        try {
            WorkspaceCreator.create(temp, demoSettings(), null, null, random);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            // another process created it first: use theirs
            deleteTree(temp);
        } catch (IOException e) {
            deleteTree(temp);
            throw new BadgeException(BadgeException.Code.IO_ERROR, target + ": cannot create the demo workspace: " + e.getMessage(),
                    target.toString(), e);
        } catch (BadgeException e) {
            deleteTree(temp);
            throw e;
        }
        return Workspace.load(target);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // a leftover temp folder in the badge home is harmless
        }
    }
}
