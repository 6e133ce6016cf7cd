package org.badgekit.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The defined competence criteria of one badge, as read from its criteria file.
 *
 * @param id                stable identifier, equal to the file name without {@code .yaml}
 * @param version           the current version
 * @param status            draft, approved or retired
 * @param changelog         released versions, newest first; the first entry is {@code version}
 * @param achievementType   OB 3.0 achievementType, e.g. {@code Badge}, {@code Competency} or {@code ext:...}
 * @param eqfLevel          European Qualifications Framework level, 1 to 8
 * @param creditsAvailable  credit points the badge is worth, if agreed
 * @param hours             nominal study load in hours, if agreed
 * @param humanCode         a short code people use for the badge, if any
 * @param name              the badge name
 * @param shortDescription  one sentence for listings
 * @param description       the long description
 * @param objective         the competence objective
 * @param fieldOfStudy      the field of study
 * @param areas             the competence areas, 4 to 6
 * @param evidence          what the earner submits, one item each
 * @param alignments        alignments to external frameworks
 * @param tags              keywords, each translated
 * @param image             the badge image, if the file names one
 * @param source            where the file was read from, as reported in problems
 */
public record BadgeCriteria(String id, CriteriaVersion version, CriteriaStatus status, List<ChangelogEntry> changelog,
        String achievementType, int eqfLevel, Optional<BigDecimal> creditsAvailable, Optional<Integer> hours,
        Optional<String> humanCode, LocalizedText name, LocalizedText shortDescription, LocalizedText description,
        LocalizedText objective, LocalizedText fieldOfStudy, List<CompetenceArea> areas, List<LocalizedText> evidence,
        List<CriteriaAlignment> alignments, List<LocalizedText> tags, Optional<CriteriaImage> image, String source) {
    public BadgeCriteria {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(status, "status");
        changelog = List.copyOf(changelog);
        Objects.requireNonNull(achievementType, "achievementType");
        Objects.requireNonNull(creditsAvailable, "creditsAvailable");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(humanCode, "humanCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortDescription, "shortDescription");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(fieldOfStudy, "fieldOfStudy");
        areas = List.copyOf(areas);
        evidence = List.copyOf(evidence);
        alignments = List.copyOf(alignments);
        tags = List.copyOf(tags);
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(source, "source");
    }

    /** The languages every text of this badge is written in. */
    public List<String> languages() {
        return LocalizedText.LANGUAGES;
    }
}
