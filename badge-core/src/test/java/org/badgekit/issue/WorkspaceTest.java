package org.badgekit.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    static Path shared;
    static Workspace workspace;

    @TempDir
    Path temp;

    @BeforeAll
    static void createWorkspace() throws BadgeException {
        workspace = WorkspaceCreator.create(shared.resolve("ws"), Workspaces.settings(DidMethod.KEY), null, null, new SecureRandom());
    }

    @Test
    void createsIssuerYamlKeysAndStateWithPrivateFilesOwnerOnly() throws Exception {
        Path dir = workspace.dir();
        assertThat(dir.resolve("issuer.yaml")).isRegularFile();
        for (Path key : new Path[] {workspace.ed25519KeyFile(), workspace.rsaKeyFile(), dir.resolve("state/ledger.secret")}) {
            assertThat(Files.getPosixFilePermissions(key)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
        }
        assertThat(Files.readString(workspace.ed25519KeyFile())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(workspace.rsaPublicKeyFile())).contains("\"kty\" : \"RSA\"").doesNotContain("\"d\"");
        assertThat(workspace.stateDir()).isDirectory();
        assertThat(workspace.ledgerSecret()).hasSize(32);
        assertThat(Files.readString(dir.resolve("issuer.yaml"))).contains("id: \"" + workspace.issuerId() + "\"");
    }

    @Test
    void loadsWhatItCreated() throws BadgeException {
        Workspace loaded = Workspace.load(workspace.dir());
        assertThat(loaded.issuerId()).isEqualTo(workspace.issuerId());
        assertThat(loaded.settings()).isEqualTo(workspace.settings());
        assertThat(loaded.keys(null).ed25519().samePublicKey(workspace.ed25519PublicKey())).isTrue();
        assertThat(loaded.ob2ProfileUrl()).hasToString("https://issuer.example.org/badges/issuer.json");
        assertThat(loaded.ob2KeyUrl()).hasToString("https://issuer.example.org/badges/keys/rsa.json");
        assertThat(loaded.ob2RevocationListUrl()).hasToString("https://issuer.example.org/badges/revocations.json");
        assertThat(loaded.ob2CryptographicKey().path("publicKeyPem").asText()).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(loaded.didDocument().path("id").asText()).isEqualTo("did:web:issuer.example.org:badges");
    }

    @Test
    void refusesToOverwriteAnExistingWorkspace() {
        assertThatThrownBy(() -> WorkspaceCreator.create(workspace.dir(), Workspaces.settings(DidMethod.KEY), null, null,
                new SecureRandom()))
                .isInstanceOfSatisfying(BadgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(BadgeException.Code.ALREADY_EXISTS);
                    assertThat(e.getMessage()).contains("already holds a workspace");
                });
    }

    @Test
    void rejectsBadSettingsBeforeWritingAnything() {
        IssuerSettings bad = new IssuerSettings("X", java.net.URI.create("https://x.example/"), "nope", null, null,
                java.util.List.of("en"), DidMethod.KEY, java.net.URI.create("https://x.example/"), false);
        assertThatThrownBy(() -> WorkspaceCreator.create(temp.resolve("bad"), bad, null, null, new SecureRandom()))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.getMessage()).contains("email 'nope'"));
        assertThat(temp.resolve("bad")).doesNotExist();
    }

    @Test
    void encryptedKeysNeedTheRightPassphrase() throws BadgeException {
        Workspace locked = WorkspaceCreator.create(temp.resolve("locked"), Workspaces.settings(DidMethod.KEY), null,
                "correct horse".toCharArray(), new SecureRandom());
        assertThat(Workspace.load(locked.dir()).keysEncrypted()).isTrue();
        assertThatThrownBy(() -> locked.keys(null)).isInstanceOfSatisfying(BadgeException.class, e -> {
            assertThat(e.code()).isEqualTo(BadgeException.Code.KEY_ERROR);
            assertThat(e.getMessage()).contains("--passphrase-file");
        });
        assertThatThrownBy(() -> locked.keys("wrong".toCharArray())).isInstanceOfSatisfying(BadgeException.class, e -> {
            assertThat(e.code()).isEqualTo(BadgeException.Code.KEY_ERROR);
            assertThat(e.getMessage()).contains("passphrase");
        });
        assertThat(locked.keys("correct horse".toCharArray()).rsa().hasPrivateKey()).isTrue();
    }

    @Test
    void aMissingKeyFileIsNamed() throws Exception {
        Path dir = copy(workspace.dir(), temp.resolve("copy"));
        Files.delete(dir.resolve("keys/rsa.pem"));
        assertThatThrownBy(() -> Workspace.load(dir).keys(null)).isInstanceOfSatisfying(BadgeException.class, e -> {
            assertThat(e.code()).isEqualTo(BadgeException.Code.KEY_ERROR);
            assertThat(e.getMessage()).contains("rsa.pem").contains("does not exist");
        });
    }

    @Test
    void issuerYamlProblemsNameFileLineAndField() throws Exception {
        Path dir = copy(workspace.dir(), temp.resolve("yaml"));
        Path yaml = dir.resolve("issuer.yaml");
        String original = Files.readString(yaml);
        String badEmail = original.replace("badges@college.example.org", "badges-at-college");
        Files.writeString(yaml, badEmail, StandardCharsets.UTF_8);
        int line = lineOf(badEmail, "email:");
        assertThatThrownBy(() -> Workspace.load(dir)).isInstanceOfSatisfying(BadgeException.class, e -> {
            assertThat(e.code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
            assertThat(e.getMessage()).startsWith(yaml + ":" + line + ": field 'email': ").contains("'badges-at-college'");
        });
        Files.writeString(yaml, original + "colour: blue\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Workspace.load(dir)).isInstanceOfSatisfying(BadgeException.class,
                e -> assertThat(e.getMessage()).contains("field 'colour': unknown field"));
        Files.writeString(yaml, original.replace("did: key", "did: ipfs"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Workspace.load(dir)).isInstanceOfSatisfying(BadgeException.class,
                e -> assertThat(e.getMessage()).contains(":" + lineOf(original, "did: key") + ": field 'did'").contains("'ipfs'"));
        Files.writeString(yaml, original.replace("languages: [en", "languages: [de, en"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Workspace.load(dir)).isInstanceOfSatisfying(BadgeException.class,
                e -> assertThat(e.getMessage()).contains("field 'languages'").contains("'de'"));
        Files.writeString(yaml, "name: [unclosed\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Workspace.load(dir)).isInstanceOfSatisfying(BadgeException.class,
                e -> assertThat(e.getMessage()).startsWith(yaml + ":").contains("not valid YAML"));
        Files.writeString(yaml, original.replaceAll("id: \"did:key:[^\"]+\"", "id: \"did:key:z6MkOther\""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Workspace.load(dir)).isInstanceOfSatisfying(BadgeException.class,
                e -> assertThat(e.getMessage()).contains("field 'id'").contains("did:key:z6MkOther"));
    }

    @Test
    void locatesTheExplicitFolderThenTheWorkingDirectoryThenTheDemo() throws BadgeException {
        Path home = temp.resolve("home");
        assertThat(WorkspaceLocator.locate(workspace.dir(), temp, home, new SecureRandom()).demo()).isFalse();
        WorkspaceLocator.Located cwd = WorkspaceLocator.locate(null, workspace.dir(), home, new SecureRandom());
        assertThat(cwd.demo()).isFalse();
        assertThat(cwd.workspace().issuerId()).isEqualTo(workspace.issuerId());
        assertThat(home).doesNotExist();
        WorkspaceLocator.Located demo = WorkspaceLocator.locate(null, temp, home, new SecureRandom());
        assertThat(demo.demo()).isTrue();
        assertThat(demo.workspace().dir()).isEqualTo(home.resolve("demo"));
        assertThat(demo.workspace().settings().name()).contains("DEMO");
        assertThat(demo.workspace().baseUrl()).hasToString("https://demo.badgekit.example/");
        assertThat(demo.workspace().issuerId()).startsWith("did:key:");
        WorkspaceLocator.Located again = WorkspaceLocator.locate(null, temp, home, new SecureRandom());
        assertThat(again.workspace().issuerId()).isEqualTo(demo.workspace().issuerId());
    }

    @Test
    void issuerYamlKeepsQuotesBackslashesAndLettersOutsideAscii() throws BadgeException {
        IssuerSettings tricky = new IssuerSettings("Ääkkös-opisto \"Oy\" \\ #1: test", java.net.URI.create("https://x.example/"),
                "badges@x.example", "Line one.\nLine two: 'quoted'", null, java.util.List.of("fi"), DidMethod.KEY,
                java.net.URI.create("https://x.example/b/"), false);
        Workspace created = WorkspaceCreator.create(temp.resolve("tricky"), tricky, null, null, new SecureRandom());
        assertThat(Workspace.load(created.dir()).settings()).isEqualTo(tricky);
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + text);
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }
}
