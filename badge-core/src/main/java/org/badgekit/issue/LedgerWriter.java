package org.badgekit.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.badgekit.BadgeException;

/**
 * The ledger's group commit: one writer thread takes every line queued since its last force, writes them and forces once,
 * then completes their futures. Callers never wait for an fsync unless they join the future; while one force runs, the
 * lines queued meanwhile gather for the next, so a batch needs far fewer fsyncs than rows.
 *
 * <p>The thread starts with the first line and ends on {@link #close()}, after writing whatever was queued. After a failed
 * write every queued and later line fails with the same exception.
 */
final class LedgerWriter {
    /** Where lines go: the ledger file, appended to and forced. */
    @FunctionalInterface
    interface Sink {
        /**
         * Appends the lines in order and forces them to disk before returning.
         *
         * @throws BadgeException {@code IO_ERROR} naming the file
         */
        void writeAndForce(List<byte[]> lines) throws BadgeException;
    }

    private final Sink sink;
    private final String name;
    private final Object lock = new Object();
    private final List<Pending> pending = new ArrayList<>();
    private Thread thread;
    private boolean closed;
    private BadgeException broken;
    private long forces;

    /**
     * @param name names the ledger in the thread name and in the "closed" message
     */
    LedgerWriter(Sink sink, String name) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Queues one line; the future completes once it is forced, or fails with the {@link BadgeException} that stopped it. */
    CompletableFuture<Void> submit(byte[] line) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (lock) {
            if (broken != null) {
                done.completeExceptionally(broken);
                return done;
            }
            if (closed) {
                done.completeExceptionally(new BadgeException(BadgeException.Code.IO_ERROR,
                        name + ": the ledger is closed; no more lines can be appended", name, null));
                return done;
            }
            pending.add(new Pending(line, done));
            if (thread == null) {
                thread = new Thread(this::run, "badge-ledger-writer");
                thread.setDaemon(true);
                thread.start();
            } else if (pending.size() == 1) {
                lock.notifyAll();
            }
        }
        return done;
    }

    /** How many times the sink was asked to write and force (one per group), for tests and diagnostics. */
    long forces() {
        synchronized (lock) {
            return forces;
        }
    }

    /** Writes what is queued, stops the thread and waits for it; later lines fail. */
    void close() {
        Thread running;
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
            running = thread;
        }
        if (running == null || running == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (running.isAlive()) {
            try {
                running.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            List<Pending> group;
            BadgeException failure;
            synchronized (lock) {
                while (pending.isEmpty() && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        // nobody interrupts this thread on purpose; keep serving the queue until close()
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                group = new ArrayList<>(pending);
                pending.clear();
                failure = broken;
            }
            if (failure == null) {
                failure = write(group);
            }
            // complete outside the lock: callbacks (progress, counting) must not hold up the queue
            for (Pending item : group) {
                if (failure == null) {
                    item.done().complete(null);
                } else {
                    item.done().completeExceptionally(failure);
                }
            }
        }
    }

    private BadgeException write(List<Pending> group) {
        List<byte[]> lines = new ArrayList<>(group.size());
        for (Pending item : group) {
            lines.add(item.line());
        }
        try {
            sink.writeAndForce(lines);
            synchronized (lock) {
                forces++;
            }
            return null;
        } catch (BadgeException | RuntimeException e) {
            BadgeException failure = e instanceof BadgeException badge ? badge : new BadgeException(
                    BadgeException.Code.IO_ERROR, name + ": cannot append to ledger: " + e, name, e);
            synchronized (lock) {
                forces++;
                broken = failure;
            }
            return failure;
        }
    }

    private record Pending(byte[] line, CompletableFuture<Void> done) { }
}
