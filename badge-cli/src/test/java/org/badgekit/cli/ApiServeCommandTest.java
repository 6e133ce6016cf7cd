package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.badgekit.api.ApiServer;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.IssuerSettings;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceCreator;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ApiServeCommandTest {
    @TempDir
    Path temp;

    private Workspace workspace() throws Exception {
        IssuerSettings settings = new IssuerSettings("Example Vocational College", URI.create("https://college.example.org/"),
                "badges@college.example.org", null, null, List.of("en", "fi"), DidMethod.KEY,
                URI.create("https://issuer.example.org/badges/"), false);
        return WorkspaceCreator.create(temp.resolve("ws"), settings, null, null, new SecureRandom());
    }

    @Test
    void helpListsTheServiceOptions() {
        CliRun run = CliRun.of("api-serve", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("--port", "--bind", "--token-file", "--no-auth", "--tls-self-signed", "--tls-keystore",
                "--max-body", "/credentials/issue");
    }

    @Test
    void refusesNoAuthOnAnAddressOtherMachinesCanReach() throws Exception {
        Workspace workspace = workspace();

        CliRun run = CliRun.of("--workspace", workspace.dir().toString(), "api-serve", "--no-auth", "--bind", "0.0.0.0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("refusing --no-auth on 0.0.0.0");
    }

    @Test
    void startsOnTheWorkspaceCreatesTheTokenFileAndPrintsItsPathButNeverTheToken() throws Exception {
        Workspace workspace = workspace();
        CommandLine commandLine = BadgeCommand.newCommandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = commandLine.parseArgs("--workspace", workspace.dir().toString(), "api-serve",
                "--port", "0", "--tls-self-signed");
        ApiServeCommand command = (ApiServeCommand) parsed.subcommand().commandSpec().userObject();
        String[] tokenSeen = new String[1];

        try (ApiServer server = command.options.start(command.spec)) {
            Path tokenFile = workspace.stateDir().resolve("api-token");
            String token = Files.readString(tokenFile).trim();
            assertThat(err.toString()).contains("listening on https://127.0.0.1:", tokenFile.toString(), "created now",
                    "TLS certificate SHA-256").doesNotContain(token);

            HttpClient client = HttpClient.newBuilder().sslContext(trustAll()).build();
            HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("/badges/issue"))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"a@example.org\", \"badge\": \"workplace-instructor\"}"))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            assertThat(JsonCodec.parse("answer", response.body()).path("verifiableCredential").path("issuer").path("id").asText())
                    .isEqualTo(workspace.issuerId());
            tokenSeen[0] = token;
        }
        // the access line is written after the answer is sent; close() waits for running handlers, so check it here
        assertThat(err.toString()).contains("POST /badges/issue 201").doesNotContain(tokenSeen[0]);
    }

    /** The test trusts whatever certificate the server made: it only checks that HTTPS is served. */
    private static javax.net.ssl.SSLContext trustAll() throws Exception {
        javax.net.ssl.TrustManager trustAll = new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                // not used by a client
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                // trusted: this test is about the server starting with TLS, not about trust
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        };
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
