package org.badgekit.issue.batch;

import java.time.Duration;

/**
 * How far issuance has come.
 *
 * @param done rows finished in this run (issued or failed)
 * @param total rows this run has to issue (already-issued and rejected rows excluded)
 * @param perSecond rows per second so far, 0 while unknown
 * @param eta estimated time left, or null while unknown
 */
public record BatchProgress(long done, long total, double perSecond, Duration eta) {

    /** Whether every row of this run is finished. */
    public boolean finished() {
        return done >= total;
    }
}
