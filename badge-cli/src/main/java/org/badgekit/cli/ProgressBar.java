package org.badgekit.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.badgekit.issue.batch.BatchProgress;
import org.badgekit.issue.batch.ProgressListener;

/**
 * Renders batch progress on stderr: on a terminal a bar redrawn in place with {@code \r} (at most ten times a second); when
 * stderr is a file or a pipe (CI logs), a plain line every {@code lineEveryRows} rows or {@code lineEverySeconds} seconds,
 * so logs stay readable. Call {@link #finish()} once issuance is over. Not for stdout: stdout carries only the result.
 */
public final class ProgressBar implements ProgressListener {
    private static final int BAR_WIDTH = 30;
    private static final long REDRAW_MILLIS = 100;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier millis;
    private final long lineEveryRows;
    private final long lineEveryMillis;
    private long lastDrawMillis = Long.MIN_VALUE;
    private long lastLineDone;
    private boolean drawn;
    private int lastWidth;

    /**
     * @param err where to draw (stderr)
     * @param terminal whether {@code err} is a terminal (redraw in place) or a log (plain lines)
     * @param millis the time source for throttling, e.g. {@code System::currentTimeMillis}
     * @param lineEveryRows for logs: a line at least every this many rows
     * @param lineEverySeconds for logs: a line at least every this many seconds
     */
    public ProgressBar(PrintWriter err, boolean terminal, LongSupplier millis, long lineEveryRows, long lineEverySeconds) {
        this.err = Objects.requireNonNull(err, "err");
        this.terminal = terminal;
        this.millis = Objects.requireNonNull(millis, "millis");
        this.lineEveryRows = Math.max(1, lineEveryRows);
        this.lineEveryMillis = Math.max(1, lineEverySeconds) * 1000;
    }

    /** A bar on stderr that is drawn in place when there is a console, else a line every 1,000 rows or 10 seconds. */
    public static ProgressBar forStderr(PrintWriter err) {
        return new ProgressBar(err, System.console() != null, System::currentTimeMillis, 1000, 10);
    }

    @Override
    public synchronized void onProgress(BatchProgress progress) {
        long now = millis.getAsLong();
        if (terminal) {
            if (progress.finished() || lastDrawMillis == Long.MIN_VALUE || now - lastDrawMillis >= REDRAW_MILLIS) {
                String text = bar(progress) + "  " + counts(progress);
                err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
                err.flush();
                lastWidth = text.length();
                lastDrawMillis = now;
                drawn = true;
            }
            return;
        }
        boolean due = progress.finished() || progress.done() - lastLineDone >= lineEveryRows
                || lastDrawMillis == Long.MIN_VALUE || now - lastDrawMillis >= lineEveryMillis;
        if (due && progress.done() != lastLineDone) {
            err.println("issued " + counts(progress));
            err.flush();
            lastLineDone = progress.done();
            lastDrawMillis = now;
        }
    }

    /** Ends the bar's line on a terminal, so later output starts on a fresh line. */
    public synchronized void finish() {
        if (terminal && drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    static String bar(BatchProgress progress) {
        int filled = progress.total() == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * Math.min(progress.done(), progress.total())
                / progress.total());
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    static String counts(BatchProgress progress) {
        long percent = progress.total() == 0 ? 100 : 100 * progress.done() / progress.total();
        StringBuilder text = new StringBuilder();
        text.append(progress.done()).append('/').append(progress.total()).append(" (").append(percent).append("%)");
        if (progress.perSecond() > 0) {
            text.append(", ").append(String.format(Locale.ROOT, "%.0f/s", progress.perSecond()));
        }
        if (progress.eta() != null && !progress.finished()) {
            text.append(", ETA ").append(clock(progress.eta()));
        }
        return text.toString();
    }

    static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        long hours = seconds / 3600;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
