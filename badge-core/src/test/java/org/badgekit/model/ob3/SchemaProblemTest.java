package org.badgekit.model.ob3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaProblemTest {

    @Test
    void problemsWithTheSamePointerAndMessageAreEqualAndHashAlike() {
        SchemaProblem a = new SchemaProblem("/issuer", "required property 'id' not found");
        SchemaProblem b = new SchemaProblem("/issuer", "required property " + "'id' not found");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(new LinkedHashSet<>(List.of(a, b))).containsExactly(a);
    }

    @Test
    void aDifferentPointerOrMessageMakesADifferentProblem() {
        SchemaProblem a = new SchemaProblem("/issuer", "m");
        assertThat(a).isNotEqualTo(new SchemaProblem("/issuer/id", "m")).isNotEqualTo(new SchemaProblem("/issuer", "n"))
                .isNotEqualTo("/issuer: m").isNotEqualTo(null);
        // the parts are not merely concatenated
        assertThat(new SchemaProblem("/a", "bc")).isNotEqualTo(new SchemaProblem("/ab", "c"));
    }

    @Test
    void bothPartsAreRequiredAndTheRootPrintsAsSlash() {
        assertThatThrownBy(() -> new SchemaProblem(null, "m")).isInstanceOf(NullPointerException.class).hasMessage("pointer");
        assertThat(new SchemaProblem("", "not an object")).hasToString("/: not an object");
    }
}
