package org.badgekit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.IssuerSettings;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceCreator;
import org.badgekit.json.JsonCodec;

/** A workspace, a running server on a free loopback port, and an HTTP client that talks JSON to it. */
final class ApiFixture implements AutoCloseable {
    final Workspace workspace;
    final ApiServer server;
    final String token;
    final HttpClient client;
    final List<String> log;

    private ApiFixture(Workspace workspace, ApiServer server, String token, HttpClient client, List<String> log) {
        this.log = log;
        this.workspace = workspace;
        this.server = server;
        this.token = token;
        this.client = client;
    }

    static Workspace workspace(Path dir, DidMethod did) throws BadgeException {
        IssuerSettings settings = new IssuerSettings("Example Vocational College", URI.create("https://college.example.org/"),
                "badges@college.example.org", "Vocational education in four countries.", null,
                List.of("en", "fi", "et", "lv", "nl"), did, URI.create("https://issuer.example.org/badges/"), false);
        return WorkspaceCreator.create(dir, settings, null, null, new SecureRandom());
    }

    static ApiFixture start(Path dir) throws BadgeException {
        return start(workspace(dir, DidMethod.KEY));
    }

    /** A new server on the workspace of a stopped one. */
    static ApiFixture restart(ApiFixture stopped) throws BadgeException {
        return start(Workspace.load(stopped.workspace.dir()));
    }

    static ApiFixture start(Workspace workspace) throws BadgeException {
        ApiToken token = ApiToken.loadOrCreate(workspace.stateDir().resolve(ApiToken.FILE_NAME), new SecureRandom());
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();  // appended from server threads, read by tests
        ApiServer server = ApiServer.newBuilder(workspace, workspace.keys(null)).port(0).token(token.value()).maxBodyBytes(64 * 1024)
                .log(log::add).build().start();
        return new ApiFixture(workspace, server, token.value(),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), log);
    }

    /** A JSON answer: status, headers and body. */
    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Answer post(String path, String body, boolean withToken, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (withToken) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    Answer post(String path, JsonNode body) throws IOException, InterruptedException {
        return post(path, JsonCodec.write(body), true);
    }

    Answer get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(60)).GET().build();
        return answer(client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    static Answer answer(HttpResponse<String> response) {
        JsonNode body;
        try {
            body = JsonCodec.parse("answer", response.body());
        } catch (BadgeException e) {
            throw new AssertionError("answer is not JSON: " + response.body(), e);
        }
        return new Answer(response.statusCode(), body, response);
    }

    /** An unsigned OB 3.0 credential without issuer, id and dates, as a student-information system would send it. */
    static ObjectNode credential(String email) {
        ObjectNode credential = JsonCodec.mapper().createObjectNode();
        credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("name", "Workplace Instructor");
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ObjectNode identifier = subject.putArray("identifier").addObject();
        identifier.put("type", "IdentityObject");
        identifier.put("identityHash", email);
        identifier.put("identityType", "emailAddress");
        identifier.put("hashed", false);
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", "https://issuer.example.org/badges/workplace-instructor/v1/en");
        achievement.putArray("type").add("Achievement");
        achievement.put("name", "Workplace Instructor");
        achievement.put("description", "Guides learners at the workplace.");
        achievement.putObject("criteria").put("narrative", "Completed the workplace instructor training.");
        return credential;
    }

    static ObjectNode issueBody(ObjectNode credential) {
        ObjectNode body = JsonCodec.mapper().createObjectNode();
        body.set("credential", credential);
        return body;
    }

    static ObjectNode verifyBody(JsonNode credential) {
        ObjectNode body = JsonCodec.mapper().createObjectNode();
        body.set("verifiableCredential", credential);
        body.putObject("options").putArray("checks").add("proof");
        return body;
    }

    @Override
    public void close() throws BadgeException {
        server.close();
    }
}
