package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.badgekit.issue.batch.BatchProgress;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final StringWriter written = new StringWriter();
    private final AtomicLong now = new AtomicLong(1_000_000);

    private static BatchProgress progress(long done, long total) {
        return new BatchProgress(done, total, 250, Duration.ofSeconds((total - done) / 250));
    }

    @Test
    void redrawsInPlaceOnATerminalAtMostTenTimesASecond() {
        ProgressBar bar = new ProgressBar(new PrintWriter(written), true, now::get, 1000, 10);

        bar.onProgress(progress(1, 1000));
        bar.onProgress(progress(2, 1000));
        now.addAndGet(150);
        bar.onProgress(progress(500, 1000));
        bar.onProgress(progress(1000, 1000));
        bar.finish();

        String[] frames = written.toString().split("\r", -1);
        assertThat(frames).hasSize(4);
        assertThat(frames[1]).startsWith("[..............................]  1/1000 (0%), 250/s, ETA 0:03");
        assertThat(frames[2]).startsWith("[###############...............]  500/1000 (50%), 250/s, ETA 0:02");
        assertThat(frames[3]).as("the final frame blanks out the longer previous one and ends the line")
                .isEqualTo("[##############################]  1000/1000 (100%), 250/s" + " ".repeat(8) + System.lineSeparator());
    }

    @Test
    void writesPlainLinesEveryNRowsOrSecondsWhenNotATerminal() {
        ProgressBar bar = new ProgressBar(new PrintWriter(written), false, now::get, 100, 10);

        for (long done = 1; done <= 250; done++) {
            bar.onProgress(progress(done, 300));
        }
        now.addAndGet(10_000);
        bar.onProgress(progress(251, 300));
        bar.onProgress(progress(300, 300));
        bar.finish();

        assertThat(written.toString().lines()).containsExactly(
                "issued 1/300 (0%), 250/s, ETA 0:01",
                "issued 101/300 (33%), 250/s, ETA 0:00",
                "issued 201/300 (67%), 250/s, ETA 0:00",
                "issued 251/300 (83%), 250/s, ETA 0:00",
                "issued 300/300 (100%), 250/s");
        assertThat(written.toString()).doesNotContain("\r");
    }

    @Test
    void formatsLongEtasWithHours() {
        assertThat(ProgressBar.clock(Duration.ofSeconds(3 * 3600 + 5 * 60 + 7))).isEqualTo("3:05:07");
        assertThat(ProgressBar.clock(Duration.ofSeconds(65))).isEqualTo("1:05");
    }
}
