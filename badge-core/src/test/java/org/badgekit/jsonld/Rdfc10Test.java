package org.badgekit.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Rdfc10Test {
    private static final String P = "http://example.org/p";
    private static final String Q = "http://example.org/q";
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    /** Five identical proof nodes, each alone in a blank-node named graph that one credential points to. */
    private static List<String[]> endorsementLikeDataset(String prefix) {
        List<String[]> quads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String graph = "_:" + prefix + "g" + i;
            String proof = "_:" + prefix + "p" + i;
            quads.add(new String[] {"http://example.org/e" + i, Q, graph, null, null});
            quads.add(new String[] {proof, P, "same value", XSD_STRING, graph});
            quads.add(new String[] {proof, Q, "http://example.org/key", null, graph});
        }
        return quads;
    }

    private static String canonicalize(List<String[]> quads) {
        Rdfc10 canon = new Rdfc10();
        for (String[] q : quads) {
            canon.quad(q[0], q[1], q[2], q[3], null, null, q[4]);
        }
        return canon.canonicalNQuads();
    }

    @Test
    void labelsDoNotDependOnInputLabelsOrQuadOrder() {
        String expected = canonicalize(endorsementLikeDataset("x"));
        for (long seed = 1; seed <= 5; seed++) {
            List<String[]> shuffled = endorsementLikeDataset("other" + seed);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(canonicalize(shuffled)).isEqualTo(expected);
        }
        assertThat(expected).contains("_:c14n0").doesNotContain("_:x");
        assertThat(expected.split("\n")).hasSize(15).isSorted();
    }

    @Test
    void dropsDuplicateQuads() {
        List<String[]> quads = endorsementLikeDataset("x");
        quads.addAll(endorsementLikeDataset("x"));
        assertThat(canonicalize(quads)).isEqualTo(canonicalize(endorsementLikeDataset("x")));
    }

    @Test
    void stopsOnAPoisonedCliqueOfBlankNodes() {
        List<String[]> clique = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (i != j) {
                    clique.add(new String[] {"_:n" + i, P, "_:n" + j, null, null});
                }
            }
        }
        assertThatThrownBy(() -> canonicalize(clique)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("poisoned");
    }
}
