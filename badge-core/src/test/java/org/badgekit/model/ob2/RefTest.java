package org.badgekit.model.ob2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefTest {

    @Test
    void isEitherAnIriOrAnEmbeddedObject() {
        Ref<Image> iri = Ref.of("data:image/png;base64,iVBORw0KGgo=");
        Ref<Image> embedded = Ref.embed(Image.of("https://example.org/badge.png"));

        assertThat(iri.isEmbedded()).isFalse();
        assertThat(iri.json()).isEqualTo("data:image/png;base64,iVBORw0KGgo=");
        assertThat(embedded.embedded()).get().extracting(Image::id).isEqualTo("https://example.org/badge.png");
        assertThatThrownBy(() -> new Ref<Image>(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildsAHostedAndASignedVerificationObject() {
        assertThat(Ob2Json.toTree(VerificationObject.hosted()).toString()).isEqualTo("{\"type\":\"HostedBadge\"}");
        assertThat(Ob2Json.toTree(VerificationObject.signed("https://example.org/key-1")).toString())
                .isEqualTo("{\"type\":\"SignedBadge\",\"creator\":\"https://example.org/key-1\"}");
    }
}
