package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.KeyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ed25519", "rsa", "p256"})
    void generateWritesAnOwnerOnlyKeyAndShowPrintsNoPrivatePart(String type) throws Exception {
        Path file = dir.resolve(type + ".jwk");
        CliRun generate = CliRun.of("keys", "generate", "--type", type, "--out", file.toString());
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String d = JsonCodec.parse("key", Files.readAllBytes(file)).get("d").asText();
        String thumbprint = KeyFiles.read(file, null).thumbprint();
        assertThat(generate.out()).contains(file.toString()).contains(thumbprint).doesNotContain(d);

        CliRun show = CliRun.of("keys", "show", file.toString(), "--json");
        assertThat(show.exitCode()).as(show.err()).isZero();
        JsonNode json = JsonCodec.parse("stdout", show.out());
        assertThat(json.get("thumbprint").asText()).isEqualTo(thumbprint);
        assertThat(json.get("hasPrivateKey").asBoolean()).isTrue();
        assertThat(json.get("publicJwk").has("d")).isFalse();
        assertThat(show.out()).doesNotContain(d).doesNotContain("\"d\"");
        assertThat(json.has("didKey")).isEqualTo(type.equals("ed25519"));

        CliRun text = CliRun.of("keys", "show", file.toString());
        assertThat(text.out()).contains("thumbprint:  " + thumbprint).contains("present (not shown)").doesNotContain(d);
    }

    @Test
    void generateRefusesToOverwriteAnExistingFile() throws Exception {
        Path file = dir.resolve("key.jwk");
        Files.writeString(file, "keep me");
        CliRun run = CliRun.of("keys", "generate", "--type", "ed25519", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("already exists; refusing to overwrite it");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(CliRun.of("keys", "generate", "--type", "ed25519", "--out", file.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(file)).contains("OKP");
    }

    @Test
    void encryptedPemNeedsTheRightPassphrase() throws Exception {
        Path file = dir.resolve("rsa.pem");
        Path pass = dir.resolve("pass.txt");
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(pass, "s3cret passphrase\n");
        Files.writeString(wrong, "guess\n");
        CliRun generate = CliRun.of("keys", "generate", "--type", "rsa", "--bits", "3072", "--out", file.toString(),
                "--passphrase-file", pass.toString());
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(Files.readString(file)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");

        assertThat(CliRun.of("keys", "show", file.toString(), "--passphrase-file", pass.toString()).exitCode()).isZero();
        CliRun bad = CliRun.of("keys", "show", file.toString(), "--passphrase-file", wrong.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.KEY);
        assertThat(bad.err().strip()).isEqualTo("badge: wrong passphrase for " + file);
        CliRun none = CliRun.of("keys", "show", file.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCode.KEY);
        assertThat(none.err()).contains("a passphrase is required");
    }

    @Test
    void generateWithJsonPrintsOneDocumentWithThePublicFactsOnly() throws Exception {
        Path file = dir.resolve("p256.pem");
        CliRun run = CliRun.of("keys", "generate", "--type", "p256", "--out", file.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonCodec.parse("stdout", run.out());
        assertThat(json.get("format").asText()).isEqualTo("pem");
        assertThat(json.get("algorithm").asText()).isEqualTo("ES256");
        assertThat(json.get("publicJwk").has("d")).isFalse();
        assertThat(json.get("thumbprint").asText()).isEqualTo(KeyFiles.read(file, null).thumbprint());
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(CliRun.of("keys", "generate", "--type", "dsa", "--out", dir.resolve("k").toString()).exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("keys", "generate", "--type", "rsa", "--bits", "1024", "--out", dir.resolve("k").toString()).exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("keys", "generate", "--type", "ed25519").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun missing = CliRun.of("keys", "show", dir.resolve("missing.jwk").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(missing.err()).contains("does not exist").doesNotContain("at org.");
    }
}
