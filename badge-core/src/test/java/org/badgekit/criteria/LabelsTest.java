package org.badgekit.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fi", "et", "lv", "nl"})
    void everyLanguageHasTheSameHeadingsAsEnglish(String language) {
        assertThat(Labels.of(language).all().stringPropertyNames())
                .isEqualTo(Labels.of("en").all().stringPropertyNames());
        for (String key : Labels.of(language).all().stringPropertyNames()) {
            assertThat(Labels.of(language).get(key)).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "et", "lv", "nl"})
    void headingsAreTranslatedNotCopied(String language) {
        assertThat(Labels.of(language).get("assessmentCriteria")).isNotEqualTo(Labels.of("en").get("assessmentCriteria"));
        assertThat(Labels.of(language).get("objective")).isNotEqualTo(Labels.of("en").get("objective"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "EN", ""})
    void refusesLanguagesOutsideTheProject(String language) {
        assertThatThrownBy(() -> Labels.of(language)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("en, fi, et, lv, nl");
    }
}
