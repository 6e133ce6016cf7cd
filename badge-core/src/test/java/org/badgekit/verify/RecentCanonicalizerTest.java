package org.badgekit.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.jsonld.Canonicalizer;
import org.junit.jupiter.api.Test;

class RecentCanonicalizerTest {
    /** Answers with the document's text and records every call; refuses documents with a "bad" member. */
    private static final class Recording implements Canonicalizer {
        final List<String> calls = new ArrayList<>();

        @Override
        public String canonicalize(JsonNode document) throws BadgeException {
            calls.add(JsonCodec.write(document));
            if (document.has("bad")) {
                throw new BadgeException(BadgeException.Code.INVALID_INPUT, "bad document");
            }
            return "nquads of " + JsonCodec.write(document);
        }
    }

    private static JsonNode json(String text) throws BadgeException {
        return JsonCodec.parse("test", text);
    }

    @Test
    void answersASecondCanonicalizationOfTheSameDocumentWithoutRedoingIt() throws BadgeException {
        Recording inner = new Recording();
        RecentCanonicalizer recent = new RecentCanonicalizer(inner);
        String first = recent.canonicalize(json("{\"a\": 1, \"b\": [true]}"));
        String second = recent.canonicalize(json("{\"a\": 1, \"b\": [true]}"));
        assertThat(second).isEqualTo(first).isEqualTo("nquads of {\"a\":1,\"b\":[true]}");
        assertThat(inner.calls).hasSize(1);
    }

    @Test
    void treatsAnyDifferenceInTheTextAsAnotherDocument() throws BadgeException {
        Recording inner = new Recording();
        RecentCanonicalizer recent = new RecentCanonicalizer(inner);
        recent.canonicalize(json("{\"a\": 1, \"b\": 2}"));
        recent.canonicalize(json("{\"b\": 2, \"a\": 1}"));
        recent.canonicalize(json("{\"a\": 1, \"b\": 3}"));
        assertThat(inner.calls).hasSize(3);
    }

    @Test
    void treatsANestedReorderOrAnotherNumberTypeAsAnotherDocument() throws BadgeException {
        Recording inner = new Recording();
        RecentCanonicalizer recent = new RecentCanonicalizer(inner);
        recent.canonicalize(json("{\"a\": {\"x\": 1, \"y\": [1, 2]}}"));
        recent.canonicalize(json("{\"a\": {\"y\": [1, 2], \"x\": 1}}"));
        recent.canonicalize(json("{\"a\": {\"x\": 1, \"y\": [1, 2.0]}}"));
        assertThat(inner.calls).hasSize(3);
        recent.canonicalize(json("{\"a\": {\"x\": 1, \"y\": [1, 2.0]}}"));
        assertThat(inner.calls).hasSize(3);
    }

    @Test
    void neverRemembersAFailure() throws BadgeException {
        Recording inner = new Recording();
        RecentCanonicalizer recent = new RecentCanonicalizer(inner);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> recent.canonicalize(json("{\"bad\": true}")))
                    .isInstanceOf(BadgeException.class).hasMessage("bad document");
        }
        assertThat(inner.calls).hasSize(2);
    }

    @Test
    void keepsOnlyTheLastTwoDocuments() throws BadgeException {
        Recording inner = new Recording();
        RecentCanonicalizer recent = new RecentCanonicalizer(inner);
        recent.canonicalize(json("{\"n\": 1}"));
        recent.canonicalize(json("{\"n\": 2}"));
        recent.canonicalize(json("{\"n\": 3}"));
        recent.canonicalize(json("{\"n\": 2}"));
        recent.canonicalize(json("{\"n\": 1}"));
        assertThat(inner.calls).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":1}");
    }

    @Test
    void remembersPerThreadSoAnotherThreadCanonicalizesForItself() throws Exception {
        Recording inner = new Recording();
        RecentCanonicalizer recent = new RecentCanonicalizer(inner);
        recent.canonicalize(json("{\"n\": 1}"));
        Thread other = new Thread(() -> {
            try {
                recent.canonicalize(json("{\"n\": 1}"));
            } catch (BadgeException e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        other.join();
        assertThat(inner.calls).hasSize(2);
    }
}
