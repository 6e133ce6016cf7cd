package org.badgekit.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.badgekit.BadgeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guards the content of the project's criteria: real translations, concrete criteria, drafts marked as drafts. */
class CriteriaContentTest {

    @ParameterizedTest
    @ValueSource(strings = {"learning-ambassador", "workplace-instructor"})
    void everySentenceIsTranslatedRatherThanCopiedFromEnglish(String id) throws BadgeException {
        BadgeCriteria badge = CriteriaLibrary.load(ProjectCriteria.folder()).get(id);
        List<LocalizedText> texts = texts(badge);
        assertThat(texts).hasSizeGreaterThan(30);
        for (LocalizedText text : texts) {
            String english = text.get("en");
            if (english.length() < 30) {
                continue; // short terms such as "feedback" are the same word in Dutch
            }
            for (String language : List.of("fi", "et", "lv", "nl")) {
                assertThat(text.get(language)).as("%s text of '%s'", language, english).isNotEqualTo(english);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"learning-ambassador", "workplace-instructor"})
    void theDraftsHaveFourToSixAreasEachWithAssessmentCriteriaAndEvidence(String id) throws BadgeException {
        BadgeCriteria badge = CriteriaLibrary.load(ProjectCriteria.folder()).get(id);
        assertThat(badge.status()).isEqualTo(CriteriaStatus.DRAFT);
        assertThat(badge.areas()).hasSizeBetween(4, 6)
                .allSatisfy(area -> assertThat(area.assessmentCriteria()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(badge.evidence()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(badge.alignments()).allSatisfy(alignment ->
                assertThat(alignment.confirm() || alignment.targetUrl().isPresent()).isTrue());
        assertThat(badge.image()).isPresent();
    }

    private static List<LocalizedText> texts(BadgeCriteria badge) {
        List<LocalizedText> texts = new ArrayList<>(List.of(badge.name(), badge.shortDescription(), badge.description(),
                badge.objective(), badge.fieldOfStudy()));
        for (CompetenceArea area : badge.areas()) {
            texts.add(area.name());
            texts.addAll(area.outcomes());
            texts.addAll(area.assessmentCriteria());
        }
        texts.addAll(badge.evidence());
        texts.addAll(badge.tags());
        badge.image().ifPresent(image -> texts.add(image.alt()));
        return texts;
    }
}
