package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PublishCommandTest {
    @TempDir
    Path temp;

    private String ws;
    private String site;

    @BeforeEach
    void initAndIssue() {
        ws = temp.resolve("ws").toString();
        site = temp.resolve("site").toString();
        assertThat(CliRun.of("init", ws, "--name", "Omnia", "--email", "badges@omnia.example", "--did", "web",
                "--base-url", "https://badges.omnia.example/").exitCode()).isZero();
        CliRun hosted = CliRun.of("issue", "--badge", "workplace-instructor", "--email", "liis@example.org", "--format", "ob2",
                "--proof", "hosted", "--out", temp.resolve("liis.json").toString(), "--workspace", ws);
        assertThat(hosted.exitCode()).as(hosted.err()).isZero();
    }

    @Test
    void publishesTheSiteAndRewritesNothingTheSecondTime() throws Exception {
        CliRun first = CliRun.of("publish", "--out", site, "--workspace", ws);
        CliRun second = CliRun.of("publish", "--out", site, "--workspace", ws);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("wrote .well-known/did.json").contains("wrote revocations.json").contains("wrote issuer.json")
                .contains("host it at https://badges.omnia.example/");
        assertThat(second.out()).matches("(?s).*: 0 written, \\d+ unchanged, 0 revoked hosted assertions; host it at .*");
        JsonNode assertion = JsonCodec.parse("liis", Files.readString(temp.resolve("liis.json")));
        String path = assertion.path("id").asText().substring("https://badges.omnia.example/".length());
        assertThat(Files.readString(Path.of(site).resolve(path))).isEqualTo(Files.readString(temp.resolve("liis.json")));
    }

    @Test
    void aRevokedHostedAssertionIsPublishedAsGone() throws Exception {
        assertThat(CliRun.of("revoke", temp.resolve("liis.json").toString(), "--reason", "issued in error", "--workspace", ws)
                .exitCode()).isZero();

        CliRun publish = CliRun.of("publish", "--out", site, "--json", "--workspace", ws);

        JsonNode report = JsonCodec.parse("stdout", publish.out());
        assertThat(report.path("gone")).hasSize(1);
        String gone = report.path("gone").get(0).asText();
        JsonNode stub = JsonCodec.parse("stub", Files.readString(Path.of(site).resolve(gone)));
        assertThat(stub.path("revoked").asBoolean()).isTrue();
        assertThat(stub.path("revocationReason").asText()).isEqualTo("issued in error");
        assertThat(Files.readString(Path.of(site).resolve(".badgekit/gone.txt"))).isEqualTo(gone + "\n");
    }

    @Test
    void servesThePublishedFolderOnAFreePortUntilInterrupted() throws Exception {
        assertThat(CliRun.of("publish", "--out", site, "--workspace", ws).exitCode()).isZero();
        CountDownLatch announced = new CountDownLatch(1);
        StringWriter out = new StringWriter();
        Writer signalling = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                out.write(buffer, offset, length);
                if (out.toString().contains("\n")) {
                    announced.countDown();
                }
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
        CommandLine commandLine = BadgeCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(signalling, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        int[] exit = {-1};
        Thread serving = new Thread(() -> exit[0] = commandLine.execute("serve", site, "--port", "0"));
        serving.start();
        try {
            assertThat(announced.await(30, TimeUnit.SECONDS)).isTrue();
            Matcher url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)").matcher(out.toString());
            assertThat(url.find()).as(out.toString()).isTrue();
            HttpResponse<String> profile = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(url.group(1)).resolve("issuer.json")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(profile.statusCode()).isEqualTo(200);
            assertThat(profile.headers().firstValue("Content-Type")).hasValue("application/ld+json");
            assertThat(JsonCodec.parse("profile", profile.body()).path("id").asText())
                    .isEqualTo("https://badges.omnia.example/issuer.json");
        } finally {
            serving.interrupt();
            serving.join(30_000);
        }
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit[0]).isZero();
    }

    @Test
    void serveTakesAFolderOrApiButNotBothNorApiOptionsForAFolder() {
        assertThat(CliRun.of("serve").err()).contains("name the folder to serve (DIR), or use --api");
        CliRun both = CliRun.of("serve", site, "--api", "--workspace", ws);
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("--api serves the workspace, not a folder");
        CliRun apiOption = CliRun.of("serve", site, "--no-auth");
        assertThat(apiOption.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(apiOption.err()).contains("--no-auth applies to --api only");
    }

    @Test
    void servingAFolderThatDoesNotExistExitsThree() {
        CliRun run = CliRun.of("serve", temp.resolve("nope").toString(), "--port", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("is not a folder to serve");
    }
}
