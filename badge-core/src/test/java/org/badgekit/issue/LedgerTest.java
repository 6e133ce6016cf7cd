package org.badgekit.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {
    @TempDir
    Path dir;

    static LedgerEntry entry(int n) {
        return new LedgerEntry("urn:uuid:" + n, "pilot", "ref:R" + n, n + 1, "R" + n, "sha256$abc" + n, "sha256:ff" + n,
                "learning-ambassador", "1.0.0", n % 3 == 0 ? null : n, Instant.parse("2026-05-31T10:00:00Z"),
                List.of("credentials/r" + n + ".json"));
    }

    static List<LedgerEntry> read(Ledger ledger) throws BadgeException {
        List<LedgerEntry> entries = new ArrayList<>();
        ledger.forEach(entries::add);
        return entries;
    }

    @Test
    void appendedEntriesReadBackEqualInOrder() throws Exception {
        Path file = dir.resolve("state/ledger.jsonl");
        try (Ledger ledger = Ledger.open(file)) {
            for (int n = 0; n < 5; n++) {
                ledger.append(entry(n));
            }
        }
        try (Ledger ledger = Ledger.open(file)) {
            assertThat(read(ledger)).containsExactly(entry(0), entry(1), entry(2), entry(3), entry(4));
            assertThat(ledger.repairedOnOpen()).isFalse();
        }
    }

    @Test
    void cutsATornLastLineWithoutNewlineOnOpen() throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        try (Ledger ledger = Ledger.open(file)) {
            ledger.append(entry(1));
            ledger.append(entry(2));
        }
        Files.writeString(file, "{\"id\":\"urn:uuid:3\",\"bat", StandardOpenOption.APPEND);

        try (Ledger ledger = Ledger.open(file)) {
            assertThat(ledger.repairedOnOpen()).isTrue();
            assertThat(read(ledger)).containsExactly(entry(1), entry(2));
            ledger.append(entry(4));
        }
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @Test
    void cutsALastLineThatIsNotJsonEvenWithANewline() throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        try (Ledger ledger = Ledger.open(file)) {
            ledger.append(entry(1));
        }
        Files.write(file, new byte[] {0, 0, 0, '\n'}, StandardOpenOption.APPEND);

        try (Ledger ledger = Ledger.open(file)) {
            assertThat(ledger.repairedOnOpen()).isTrue();
            assertThat(read(ledger)).containsExactly(entry(1));
        }
    }

    @Test
    void refusesACorruptLineInTheMiddleNamingItsLineNumber() throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        String good = JsonCodec.write(entry(1).toJson());
        Files.writeString(file, good + "\n{\"id\":1,\"files\":[]}\n" + good + "\n", StandardCharsets.UTF_8);

        try (Ledger ledger = Ledger.open(file)) {
            assertThatThrownBy(() -> read(ledger)).isInstanceOf(BadgeException.class)
                    .hasMessageContaining("ledger.jsonl:2: ledger entry: member 'id' must be a string");
        }
    }

    @Test
    void concurrentAppendsAreAllDurableAndWhole() throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Ledger ledger = Ledger.open(file)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int n = 0; n < 400; n++) {
                int number = n;
                futures.add(pool.submit(() -> {
                    ledger.append(entry(number));
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        try (Ledger ledger = Ledger.open(file)) {
            assertThat(read(ledger)).hasSize(400).doesNotHaveDuplicates();
        }
    }

    @Test
    void asyncAppendsCompleteOnlyWhenTheirLinesAreInTheFile() throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        try (Ledger ledger = Ledger.open(file)) {
            List<CompletableFuture<Void>> pending = new ArrayList<>();
            for (int n = 0; n < 50; n++) {
                int number = n;
                pending.add(ledger.appendAsync(entry(number)).thenRun(() -> {
                    // a completed line is visible to readers of the committed ledger
                    try {
                        assertThat(read(ledger)).contains(entry(number));
                    } catch (BadgeException e) {
                        throw new AssertionError(e);
                    }
                }));
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        }
        assertThat(Files.readAllLines(file)).hasSize(50);
    }

    @Test
    void closeForcesLinesStillQueuedAndEverySyncAppendIsItsOwnForce() throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        try (Ledger ledger = Ledger.open(file)) {
            ledger.append(entry(0));
            ledger.append(entry(1));
            assertThat(ledger.forces()).isEqualTo(2);
            for (int n = 2; n < 300; n++) {
                pending.add(ledger.appendAsync(entry(n)));
            }
        }
        assertThat(pending).allMatch(future -> future.isDone() && !future.isCompletedExceptionally());
        try (Ledger ledger = Ledger.open(file)) {
            assertThat(read(ledger)).hasSize(300).startsWith(entry(0), entry(1)).endsWith(entry(299));
            assertThat(ledger.appendAsync(entry(300)).thenApply(done -> ledger.forces()).join()).isEqualTo(1);
        }
    }

    @Test
    void refusesASecondOpenWhileTheLedgerIsInUse() throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        try (Ledger first = Ledger.open(file)) {
            assertThat(first.file()).isEqualTo(file);
            assertThatThrownBy(() -> Ledger.open(file)).isInstanceOf(BadgeException.class)
                    .hasMessageContaining("in use by another badge process");
        }
    }

    @Test
    void emailKeysAreKeyedHashesWhenASecretIsGivenAndPlainSha256Otherwise() throws Exception {
        try (Ledger plain = Ledger.open(dir.resolve("a.jsonl"));
                Ledger keyed = Ledger.open(dir.resolve("b.jsonl"), "workspace secret".getBytes(StandardCharsets.UTF_8))) {
            assertThat(plain.emailKey("anna@example.org")).isEqualTo("sha256:a3bf86238a1c59bd2f0a648af9293620f90d18dad133d8fe2341cf9664a5d6d0");
            assertThat(keyed.emailKey("anna@example.org")).isEqualTo("hmac-sha256:f7bc8b53ab9ac411ae9d65f64caf892c17249a0eb1238604ae5d8f2e06a2dda3");
        }
    }
}
