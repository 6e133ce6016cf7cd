package org.badgekit.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link Publisher#publish} run did.
 *
 * @param dir the site folder
 * @param stateTime the time the published documents carry ({@code validFrom} of the status lists): the last change of state
 * @param written paths written because they were new or changed, sorted
 * @param unchanged paths whose bytes were already on disk, sorted
 * @param gone paths of revoked hosted assertions, answered with 410
 * @param skipped source files that looked like assertions but could not be read, with why
 */
public record PublishReport(Path dir, Instant stateTime, List<String> written, List<String> unchanged, List<String> gone,
        List<String> skipped) {
    /** Checks that dir and state time are given and copies the path lists. */
    public PublishReport {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(stateTime, "stateTime");
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        gone = List.copyOf(gone);
        skipped = List.copyOf(skipped);
    }

    /** All published paths, sorted. */
    public List<String> files() {
        return java.util.stream.Stream.concat(written.stream(), unchanged.stream()).sorted().toList();
    }
}
