package org.badgekit.api;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.Workspace;
import org.badgekit.json.JsonCodec;

/**
 * Measures {@code POST /credentials/issue} throughput with N concurrent clients against an in-process server on a fresh
 * temporary workspace (a benchmark to run by hand, not a test):
 * {@code java -cp badge-core/target/classes:badge-core/target/test-classes:DEPS org.badgekit.api.ApiThroughput [clients]
 * [requestsPerClient] [jwt]}.
 */
public final class ApiThroughput {
    private ApiThroughput() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        boolean jwt = args.length > 2 && "jwt".equals(args[2]);
        Path dir = Files.createTempDirectory("badge-api-bench");
        Workspace workspace = ApiFixture.workspace(dir.resolve("ws"), DidMethod.KEY);
        try (ApiServer server = ApiServer.newBuilder(workspace, workspace.keys(null)).port(0).noAuth(true).threads(clients)
                .log(line -> { }).build().start()) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var body = ApiFixture.issueBody(ApiFixture.credential("bench@example.org"));
            if (jwt) {
                body.putObject("options").put("format", "jwt");
            }
            HttpRequest request = HttpRequest.newBuilder(server.uri().resolve("/credentials/issue"))
                    .POST(HttpRequest.BodyPublishers.ofString(JsonCodec.write(body))).build();
            run(client, request, clients, Math.max(10, perClient / 5));
            long started = System.nanoTime();
            int done = run(client, request, clients, perClient);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d credentials (%s) by %d concurrent clients in %.2f s: %.1f requests/s (%d cores)%n", done,
                    jwt ? "VC-JWT" : "eddsa-rdfc-2022", clients, seconds, done / seconds,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static int run(HttpClient client, HttpRequest request, int clients, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                int ok = 0;
                for (int i = 0; i < perClient; i++) {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("status " + response.statusCode() + ": " + response.body());
                    }
                    ok++;
                }
                return ok;
            }));
        }
        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get();
        }
        pool.shutdown();
        return total;
    }
}
