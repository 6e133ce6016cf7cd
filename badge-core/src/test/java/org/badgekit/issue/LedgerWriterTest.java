package org.badgekit.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;

class LedgerWriterTest {
    /** A sink that records each group and holds the first force until released. */
    private static final class GatedSink implements LedgerWriter.Sink {
        final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstForceStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void writeAndForce(List<byte[]> lines) throws BadgeException {
            boolean first = groups.isEmpty();
            groups.add(lines.stream().map(line -> new String(line, StandardCharsets.UTF_8)).toList());
            if (first) {
                firstForceStarted.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static byte[] line(int n) {
        return ("line " + n).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void linesQueuedDuringAForceAreWrittenTogetherByTheNextForceAndCallersNeverWait() throws Exception {
        GatedSink sink = new GatedSink();
        LedgerWriter writer = new LedgerWriter(sink, "ledger.jsonl");
        CompletableFuture<Void> first = writer.submit(line(0));
        assertThat(sink.firstForceStarted.await(30, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<Void>> queued = new ArrayList<>();
        for (int n = 1; n <= 99; n++) {
            // submit returns while the first force is still running: no caller waits for an fsync
            queued.add(writer.submit(line(n)));
        }
        assertThat(first).isNotDone();
        assertThat(queued).noneMatch(CompletableFuture::isDone);
        sink.release.countDown();
        CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(first).isCompleted();
        writer.close();
        assertThat(writer.forces()).isEqualTo(2);
        assertThat(sink.groups).hasSize(2);
        assertThat(sink.groups.get(0)).containsExactly("line 0");
        assertThat(sink.groups.get(1)).hasSize(99).startsWith("line 1").endsWith("line 99");
    }

    @Test
    void aFutureCompletesOnlyAfterItsGroupWasForced() throws Exception {
        GatedSink sink = new GatedSink();
        LedgerWriter writer = new LedgerWriter(sink, "ledger.jsonl");
        CompletableFuture<Void> first = writer.submit(line(0));
        assertThat(sink.firstForceStarted.await(30, TimeUnit.SECONDS)).isTrue();
        // the sink has the line but has not returned from the force: not yet issued
        assertThat(first.isDone()).isFalse();
        sink.release.countDown();
        first.get(30, TimeUnit.SECONDS);
        writer.close();
    }

    @Test
    void afterAFailedForceQueuedAndLaterLinesFailWithTheSameError() throws Exception {
        BadgeException disk = new BadgeException(BadgeException.Code.IO_ERROR, "ledger.jsonl: cannot append to ledger: disk full");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        LedgerWriter writer = new LedgerWriter(lines -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw disk;
        }, "ledger.jsonl");
        CompletableFuture<Void> first = writer.submit(line(0));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> queued = writer.submit(line(1));
        release.countDown();
        for (CompletableFuture<Void> future : List.of(first, queued)) {
            assertThat(future).failsWithin(30, TimeUnit.SECONDS).withThrowableOfType(Exception.class)
                    .havingCause().isSameAs(disk);
        }
        assertThat(writer.submit(line(2))).isCompletedExceptionally();
        writer.close();
        assertThat(writer.forces()).isEqualTo(1);
    }

    @Test
    void closeWritesWhatIsQueuedAndLaterLinesFail() throws Exception {
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        LedgerWriter writer = new LedgerWriter(lines -> lines.forEach(l -> written.add(new String(l, StandardCharsets.UTF_8))),
                "ledger.jsonl");
        List<CompletableFuture<Void>> futures = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            futures.add(writer.submit(line(n)));
        }
        writer.close();
        assertThat(futures).allMatch(future -> future.isDone() && !future.isCompletedExceptionally());
        assertThat(written).hasSize(50).startsWith("line 0").endsWith("line 49");
        CompletableFuture<Void> late = writer.submit(line(50));
        assertThat(late).isCompletedExceptionally();
        try {
            late.join();
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(BadgeException.class).hasMessageContaining("the ledger is closed");
        }
    }

    @Test
    void aLedgerThatIsOnlyReadStartsNoWriterThread() {
        LedgerWriter writer = new LedgerWriter(lines -> { }, "ledger.jsonl");
        writer.close();
        assertThat(writer.forces()).isZero();
    }
}
