package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    @TempDir
    Path temp;

    @Test
    void createsAWorkspaceAndPrintsTheIssuerIdAndKeysButNoPrivateKey() throws Exception {
        Path ws = temp.resolve("ws");
        CliRun run = CliRun.of("init", ws.toString(), "--name", "Omnia", "--url", "https://omnia.example.fi/", "--email",
                "badges@omnia.example.fi", "--languages", "fi,en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("created issuer workspace " + ws).contains("issuer id:     did:key:z6Mk")
                .contains("ed25519.pem (mode 0600)").contains("rsa.pem").doesNotContain("PRIVATE").doesNotContain("\"d\"");
        assertThat(Files.readString(ws.resolve("issuer.yaml"))).contains("name: \"Omnia\"").contains("languages: [fi, en]");
        assertThat(ws.resolve("keys/ed25519.pem")).isRegularFile();
        assertThat(ws.resolve("state")).isDirectory();
        assertThat(run.out()).doesNotContain("edit ");
    }

    @Test
    void refusesToOverwriteAnExistingWorkspaceWithExitCodeThree() {
        Path ws = temp.resolve("ws");
        assertThat(CliRun.of("init", ws.toString()).exitCode()).isZero();
        CliRun again = CliRun.of("init", ws.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(again.err().strip()).startsWith("badge: ").contains("already holds a workspace").doesNotContain("\n");
    }

    @Test
    void derivesADidWebIdFromTheBaseUrlAndDescribesItAsJson() throws Exception {
        CliRun run = CliRun.of("init", temp.resolve("web").toString(), "--did", "web", "--base-url", "https://badges.example.org/omnia",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonCodec.parse("out", run.out());
        assertThat(json.path("issuerId").asText()).isEqualTo("did:web:badges.example.org:omnia");
        assertThat(json.path("verificationMethod").asText()).isEqualTo("did:web:badges.example.org:omnia#key-1");
        assertThat(json.path("jwtKeyId").asText()).isEqualTo("did:web:badges.example.org:omnia#key-2");
        assertThat(json.path("baseUrl").asText()).isEqualTo("https://badges.example.org/omnia/");
    }

    @Test
    void encryptsTheKeysWithAPassphraseFile() throws Exception {
        Path passphrase = temp.resolve("pass.txt");
        Files.writeString(passphrase, "open sesame\n");
        Path ws = temp.resolve("locked");
        CliRun run = CliRun.of("init", ws.toString(), "--passphrase-file", passphrase.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("encrypted");
        assertThat(Files.readString(ws.resolve("keys/rsa.pem"))).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(Files.readString(ws.resolve("issuer.yaml"))).contains("keysEncrypted: true");
    }

    @Test
    void rejectsABadEmailAsAUsageError() {
        CliRun run = CliRun.of("init", temp.resolve("bad").toString(), "--email", "nobody");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("email 'nobody'");
        assertThat(temp.resolve("bad")).doesNotExist();
    }

    @Test
    void copiesTheIssuerImageIntoTheWorkspaceAndPublishesItUnderTheBaseUrl() throws Exception {
        Path logo = temp.resolve("logo.svg");
        Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        Path ws = temp.resolve("ws");
        CliRun run = CliRun.of("init", ws.toString(), "--image", logo.toString(), "--base-url", "https://badges.example.org/");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ws.resolve("issuer-image.svg")).hasSameTextualContentAs(logo);
        assertThat(org.badgekit.issue.Workspace.load(ws).imageUrl()).isEqualTo("https://badges.example.org/issuer-image.svg");
    }

    @Test
    void aBrokenIssuerYamlIsOneLineNamingFileLineAndFieldWithExitThree() throws Exception {
        Path ws = temp.resolve("ws");
        assertThat(CliRun.of("init", ws.toString()).exitCode()).isZero();
        Path yaml = ws.resolve("issuer.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("url: \"https://issuer.example/\"", "url: \"ftp://issuer.example/\""));
        CliRun run = CliRun.of("--workspace", ws.toString(), "issue", "--badge", "workplace-instructor", "--email", "a@example.org",
                "--out", temp.resolve("a.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err().strip()).startsWith("badge: " + yaml + ":3: field 'url': ").contains("ftp://").doesNotContain("\n");
    }
}
