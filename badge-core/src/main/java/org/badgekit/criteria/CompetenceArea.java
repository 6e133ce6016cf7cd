package org.badgekit.criteria;

import java.util.List;
import java.util.Objects;

/**
 * One competence area of a badge: what the earner learns in it and how that is assessed.
 *
 * @param id                 stable within the file (lower-case words joined by hyphens); used in result description ids
 * @param name               the area's title
 * @param outcomes           learning outcomes: what the earner knows and can do
 * @param assessmentCriteria what the assessor checks, each one observable
 */
public record CompetenceArea(String id, LocalizedText name, List<LocalizedText> outcomes,
        List<LocalizedText> assessmentCriteria) {
    public CompetenceArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        outcomes = List.copyOf(outcomes);
        assessmentCriteria = List.copyOf(assessmentCriteria);
    }
}
