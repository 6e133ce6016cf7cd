package org.badgekit.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CriteriaVersionTest {

    @Test
    void parsesAndPrintsTheSameText() {
        assertThat(CriteriaVersion.parse("1.20.3")).isEqualTo(new CriteriaVersion(1, 20, 3)).hasToString("1.20.3");
    }

    @Test
    void comparesNumericallyNotAsText() {
        assertThat(CriteriaVersion.parse("0.9.0").isBefore(CriteriaVersion.parse("0.10.0"))).isTrue();
        assertThat(CriteriaVersion.parse("2.0.0").isBefore(CriteriaVersion.parse("1.99.99"))).isFalse();
        assertThat(CriteriaVersion.parse("1.0.0")).isEqualByComparingTo(CriteriaVersion.parse("1.0.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.0.0-rc1", "v1.0.0", "01.0.0", "1..0", ""})
    void rejectsAnythingButThreeNumbersNamingTheText(String text) {
        assertThatThrownBy(() -> CriteriaVersion.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'").hasMessageContaining("MAJOR.MINOR.PATCH");
    }
}
