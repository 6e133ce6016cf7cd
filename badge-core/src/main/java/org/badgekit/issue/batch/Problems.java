package org.badgekit.issue.batch;

import java.util.ArrayList;
import java.util.List;

/** Collects row problems from the reader and the worker threads; keeps the first few hundred, counts them all. */
final class Problems {
    private final int keep;
    private final List<RowProblem> kept = new ArrayList<>();
    private long count;
    private long rejectedRows;

    Problems(int keep) {
        this.keep = keep;
    }

    /** Records the problems of one rejected row. */
    synchronized void rejectRow(List<RowProblem> problems) {
        rejectedRows++;
        for (RowProblem problem : problems) {
            count++;
            if (kept.size() < keep) {
                kept.add(problem);
            }
        }
    }

    synchronized List<RowProblem> kept() {
        return List.copyOf(kept);
    }

    synchronized long count() {
        return count;
    }

    synchronized long rejectedRows() {
        return rejectedRows;
    }
}
