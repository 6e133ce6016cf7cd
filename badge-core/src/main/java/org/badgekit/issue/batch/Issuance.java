package org.badgekit.issue.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.badgekit.BadgeException;
import org.badgekit.issue.Ledger;
import org.badgekit.issue.LedgerEntry;

/**
 * Pass two: reads the file again and hands every planned row to the {@link RowIssuer} on a fixed pool of {@code jobs} threads.
 * A semaphore bounds the rows in flight ({@code max(64, 16 x jobs)}, queued or waiting for their ledger fsync), so the reader
 * waits for the workers instead of queueing the file.
 *
 * <p>A row counts as issued only after the issuer returned (its files are written atomically) and the ledger line is forced.
 * Workers do not wait for the fsync: they queue the ledger line and take the next row, and the row's permit comes back when
 * the line is on disk, so one fsync covers every line queued meanwhile.
 * Row-level failures (bad data the pre-flight could not see) reject that row; anything else (keys, signing, disk) stops the
 * batch: no new rows start, rows in flight finish, the failure is rethrown, and a rerun resumes where it stopped.
 */
final class Issuance {
    private static final Set<BadgeException.Code> ROW_LEVEL = EnumSet.of(BadgeException.Code.INVALID_INPUT,
            BadgeException.Code.INVALID_ARGUMENT, BadgeException.Code.NOT_FOUND, BadgeException.Code.UNSUPPORTED,
            BadgeException.Code.LIMIT_EXCEEDED, BadgeException.Code.MALFORMED_INPUT);

    private final BatchRunner.Settings settings;
    private final Ledger ledger;
    private final Path credentialsDir;
    private final Path bakedDir;
    private final Problems problems;
    private final RejectedCsv rejectedCsv;
    private final AtomicLong issued = new AtomicLong();
    private final AtomicReference<BadgeException> failure = new AtomicReference<>();
    private final Object progressLock = new Object();
    private final long planned;
    private long done;
    private long startMillis;

    Issuance(BatchRunner.Settings settings, long planned, Problems problems, RejectedCsv rejectedCsv) {
        this.settings = settings;
        this.ledger = settings.ledger();
        this.credentialsDir = settings.outputDir().resolve("credentials");
        this.bakedDir = settings.outputDir().resolve("baked");
        this.planned = planned;
        this.problems = problems;
        this.rejectedCsv = rejectedCsv;
    }

    /** Issues every planned row; returns how many were issued. */
    long run(RowSource source, RowParser parser, Preflight preflight) throws BadgeException {
        startMillis = settings.clock().millis();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs(), task -> {
            Thread thread = new Thread(task, "badge-issue-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        int permits = Math.max(64, settings.jobs() * 16);
        Semaphore inFlight = new Semaphore(permits);
        SafeFileNames names = new SafeFileNames();
        try {
            RawRow raw;
            while (failure.get() == null && (raw = source.next()) != null) {
                if (raw.isBlank() || preflight.isRejected(raw.row())) {
                    continue;
                }
                RowParser.Parsed parsed = parser.parse(raw);
                if (parsed.row() == null) {
                    throw new BadgeException(BadgeException.Code.INVALID_INPUT, settings.input() + ":" + raw.row()
                            + ": the row changed while the batch was running; run the batch again", settings.input().toString(), null);
                }
                BatchRow row = parsed.row().withFileStem(names.unique(parsed.row().fileStem()));
                if (preflight.isIssued(row)) {
                    continue;
                }
                inFlight.acquire();
                RawRow original = raw;
                pool.execute(() -> {
                    CompletableFuture<Void> recorded = null;
                    try {
                        recorded = issueOne(row, original);
                    } finally {
                        if (recorded == null) {
                            inFlight.release();
                        } else {
                            recorded.whenComplete((ok, error) -> inFlight.release());
                        }
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, new BadgeException(BadgeException.Code.INTERNAL, "batch interrupted", e));
        } finally {
            // every permit back means every row has finished, its ledger line included
            inFlight.acquireUninterruptibly(permits);
            pool.shutdown();
            awaitQuietly(pool);
        }
        BadgeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        return issued.get();
    }

    /** Issues one row; returns the pending ledger write, or null when the row ended without one (rejected, failed). */
    private CompletableFuture<Void> issueOne(BatchRow row, RawRow raw) {
        if (failure.get() != null) {
            return null;
        }
        String id = CredentialIds.of(settings.idNamespace(), settings.batchId(), row.badge(), row.key());
        try {
            IssuedCredential credential = settings.rowIssuer().issue(row, id, credentialsDir, bakedDir);
            if (!credential.credentialId().equals(id)) {
                throw new BadgeException(BadgeException.Code.INTERNAL, "row " + row.row() + ": the issuer returned credential id "
                        + credential.credentialId() + " instead of " + id);
            }
            LedgerEntry entry = new LedgerEntry(id, settings.batchId(), row.key(), row.row(), row.ref(),
                    credential.recipientHash(), ledger.emailKey(row.normalizedEmail()), credential.badgeId(),
                    credential.badgeVersion(), credential.statusIndex(), settings.clock().instant(), credential.files());
            return ledger.appendAsync(entry).whenComplete((ok, error) -> {
                if (error == null) {
                    issued.incrementAndGet();
                } else {
                    failure.compareAndSet(null, unwrap(error));
                }
                reportProgress();
            });
        } catch (BadgeException e) {
            if (ROW_LEVEL.contains(e.code())) {
                List<RowProblem> rowProblems = List.of(new RowProblem(row.row(), null, e.getMessage(), "fix the row and rerun"));
                problems.rejectRow(rowProblems);
                try {
                    rejectedCsv.add(raw, rowProblems);
                } catch (BadgeException io) {
                    failure.compareAndSet(null, io);
                }
            } else {
                failure.compareAndSet(null, e);
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, new BadgeException(BadgeException.Code.INTERNAL,
                    settings.input().getFileName() + ":" + row.row() + ": the issuer failed: " + e, null, e));
        }
        reportProgress();
        return null;
    }

    private static BadgeException unwrap(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof BadgeException badge ? badge
                : new BadgeException(BadgeException.Code.INTERNAL, "ledger write failed: " + cause, cause);
    }

    private void reportProgress() {
        synchronized (progressLock) {
            done++;
            long elapsed = Math.max(0, settings.clock().millis() - startMillis);
            double rate = elapsed == 0 ? 0 : done * 1000.0 / elapsed;
            Duration eta = rate == 0 ? null : Duration.ofMillis((long) ((planned - done) / rate * 1000));
            settings.progress().onProgress(new BatchProgress(done, planned, rate, eta));
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
