package org.badgekit.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.badgekit.BadgeException;
import org.badgekit.issue.Ledger;
import org.badgekit.issue.LedgerEntry;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuanceOnceTest {
    @TempDir
    Path temp;
    ApiFixture api;

    @BeforeEach
    void startServer() throws BadgeException {
        api = ApiFixture.start(temp.resolve("ws"));
    }

    @AfterEach
    void stopServer() throws BadgeException {
        api.close();
    }

    private List<LedgerEntry> ledgerEntries() throws BadgeException {
        api.server.close();
        List<LedgerEntry> entries = new ArrayList<>();
        try (Ledger ledger = Ledger.open(api.workspace.ledgerFile())) {
            ledger.forEach(entries::add);
        }
        return entries;
    }

    @Test
    void eightConcurrentClientsGetDistinctCredentialsEachInTheLedgerOnce() throws Exception {
        int clients = 8;
        int perClient = 4;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Callable<List<String>> work = () -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                    ApiFixture.Answer answer = api.post("/credentials/issue",
                            ApiFixture.issueBody(ApiFixture.credential("c" + client + "-" + i + "@example.org")));
                    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
                    ids.add(answer.body().path("verifiableCredential").path("id").asText());
                }
                return ids;
            };
            results.add(pool.submit(work));
        }
        List<String> issued = new ArrayList<>();
        for (Future<List<String>> result : results) {
            issued.addAll(result.get());
        }
        pool.shutdown();

        assertThat(issued).hasSize(clients * perClient).doesNotHaveDuplicates();
        List<LedgerEntry> entries = ledgerEntries();
        assertThat(entries).extracting(LedgerEntry::id).containsExactlyInAnyOrderElementsOf(issued);
        Set<Integer> indexes = new HashSet<>();
        entries.forEach(entry -> indexes.add(entry.statusIndex()));
        assertThat(indexes).as("status indexes are distinct").hasSize(issued.size());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameCredentialAndIssuesNothingNew() throws Exception {
        String body = JsonCodec.write(ApiFixture.issueBody(ApiFixture.credential("retry@example.org")));

        ApiFixture.Answer first = api.post("/credentials/issue", body, true, "Idempotency-Key", "order-4711");
        ApiFixture.Answer retry = api.post("/credentials/issue", body, true, "Idempotency-Key", "order-4711");
        ApiFixture.Answer other = api.post("/credentials/issue", body, true, "Idempotency-Key", "order-4712");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(other.body().path("verifiableCredential").path("id"))
                .isNotEqualTo(first.body().path("verifiableCredential").path("id"));
        assertThat(ledgerEntries()).hasSize(2);
    }

    @Test
    void concurrentRetriesWithOneKeyIssueOneCredential() throws Exception {
        String body = JsonCodec.write(ApiFixture.issueBody(ApiFixture.credential("storm@example.org")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ApiFixture.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> api.post("/credentials/issue", body, true, "Idempotency-Key", "same-key")));
        }
        Set<String> ids = new HashSet<>();
        for (Future<ApiFixture.Answer> answer : answers) {
            assertThat(answer.get().status()).isEqualTo(201);
            ids.add(answer.get().body().path("verifiableCredential").path("id").asText());
        }
        pool.shutdown();

        assertThat(ids).hasSize(1);
        assertThat(ledgerEntries()).hasSize(1);
    }

    @Test
    void refusesAnIdempotencyKeyReusedForADifferentRequest() throws Exception {
        ApiFixture.Answer first = api.post("/credentials/issue",
                JsonCodec.write(ApiFixture.issueBody(ApiFixture.credential("a@example.org"))), true, "Idempotency-Key", "k1");
        ApiFixture.Answer reused = api.post("/credentials/issue",
                JsonCodec.write(ApiFixture.issueBody(ApiFixture.credential("b@example.org"))), true, "Idempotency-Key", "k1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().path("error").path("message").asText()).contains("k1", "different request");
    }

    @Test
    void aRestartedServerStillKnowsTheIdempotencyKeysFromTheLedger() throws Exception {
        String body = JsonCodec.write(ApiFixture.issueBody(ApiFixture.credential("restart@example.org")));
        ApiFixture.Answer first = api.post("/credentials/issue", body, true, "Idempotency-Key", "before-restart");
        api.close();

        api = ApiFixture.restart(api);
        ApiFixture.Answer retry = api.post("/credentials/issue", body, true, "Idempotency-Key", "before-restart");

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void refusesACallerChosenIdThatIsAlreadyInTheLedger() throws Exception {
        ObjectNode credential = ApiFixture.credential("same-id@example.org");
        credential.put("id", "urn:uuid:0b5d9a4e-4c1e-4e0b-9d59-6a3c2f1e7a11");

        ApiFixture.Answer first = api.post("/credentials/issue", ApiFixture.issueBody(credential));
        ApiFixture.Answer second = api.post("/credentials/issue", ApiFixture.issueBody(credential));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().path("error").path("pointer").asText()).isEqualTo("/credential/id");
    }

    @Test
    void aCredentialIssuedBeforeARestartCanStillBeRevokedByItsId() throws Exception {
        ApiFixture.Answer issued = api.post("/credentials/issue", ApiFixture.issueBody(ApiFixture.credential("late@example.org")));
        String id = issued.body().path("verifiableCredential").path("id").asText();
        api.close();

        api = ApiFixture.restart(api);
        ObjectNode change = JsonCodec.mapper().createObjectNode().put("credentialId", id);
        change.putArray("credentialStatus").addObject().put("type", "BitstringStatusListEntry").put("status", "revoked");
        ApiFixture.Answer revoked = api.post("/credentials/status", change);
        ApiFixture.Answer verified = api.post("/credentials/verify",
                ApiFixture.verifyBody(issued.body().get("verifiableCredential")));

        assertThat(revoked.status()).as(revoked.body().toString()).isEqualTo(200);
        assertThat(revoked.body().path("statusListCredential").asText())
                .isEqualTo(issued.body().path("verifiableCredential").path("credentialStatus").path("statusListCredential").asText());
        assertThat(verified.status()).isEqualTo(422);
    }

    @Test
    void recordsApiIssuanceInTheLedgerUnderBatchApiWithItsArchivedAnswer() throws Exception {
        ApiFixture.Answer issued = api.post("/credentials/issue",
                JsonCodec.write(ApiFixture.issueBody(ApiFixture.credential("ledger@example.org"))), true, "Idempotency-Key", "k");

        LedgerEntry entry = ledgerEntries().get(0);

        assertThat(entry.id()).isEqualTo(issued.body().path("verifiableCredential").path("id").asText());
        assertThat(entry.batch()).isEqualTo("api");
        assertThat(entry.rowKey()).as("the key is stored hashed").matches("idem:[0-9a-f]{64}");
        assertThat(entry.files()).singleElement().satisfies(file -> assertThat(Path.of(file)).isRegularFile());
        assertThat(entry.statusIndex()).isEqualTo(issued.body().path("verifiableCredential").path("credentialStatus")
                .path("statusListIndex").asInt());
    }
}
