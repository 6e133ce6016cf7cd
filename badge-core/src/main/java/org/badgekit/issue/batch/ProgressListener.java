package org.badgekit.issue.batch;

/** Receives progress during issuance; calls are serialized (never concurrent) but may come from any worker thread. */
@FunctionalInterface
public interface ProgressListener {
    /** Called after every finished row; keep it cheap (render at most a few times a second). */
    void onProgress(BatchProgress progress);

    /** A listener that ignores progress. */
    static ProgressListener none() {
        return progress -> { };
    }
}
