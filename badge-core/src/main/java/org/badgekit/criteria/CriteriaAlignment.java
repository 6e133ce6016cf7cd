package org.badgekit.criteria;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An alignment of the badge to an entry of an external framework (ESCO occupation or skill, a national qualification).
 *
 * @param framework  the framework's name, e.g. {@code ESCO}
 * @param targetName the framework's own label for the entry, copied verbatim (so not translated)
 * @param targetUrl  the entry's URI; absent only while {@code confirm} is true
 * @param targetCode the framework's code for the entry, if any
 * @param targetType OB 3.0 alignment target type, e.g. {@code ext:ESCOOccupation}, if any
 * @param confirm    true when the partners still have to confirm the entry (and find its URI)
 */
public record CriteriaAlignment(String framework, String targetName, Optional<URI> targetUrl, Optional<String> targetCode,
        Optional<String> targetType, boolean confirm) {
    public CriteriaAlignment {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(targetUrl, "targetUrl");
        Objects.requireNonNull(targetCode, "targetCode");
        Objects.requireNonNull(targetType, "targetType");
    }
}
