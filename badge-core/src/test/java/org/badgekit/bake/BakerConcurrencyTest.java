package org.badgekit.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;

class BakerConcurrencyTest {

    @Test
    void oneBakerServesManyThreadsAtOnce() throws Exception {
        Baker baker = Baker.create();
        byte[] png = Fixtures.png();
        byte[] svg = Fixtures.SVG.getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String payload = Fixtures.OB3_JSON.replace("6a1f4c2e", String.format("%08x", i));
                byte[] image = i % 2 == 0 ? png : svg;
                results.add(pool.submit(() -> baker.extract(baker.bake(image, BakedPayload.detect(payload))).payload()
                        .equals(payload)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAPayloadWhoseKindDoesNotMatchItsText() {
        BakedPayload lying = new BakedPayload(PayloadKind.OB3_JWT, Fixtures.OB3_JSON, List.of());

        assertThatThrownBy(() -> Baker.create().bake(Fixtures.png(), lying)).isInstanceOf(BadgeException.class)
                .hasMessageEndingWith("is not a compact JWS (three base64url parts) as its kind OB3_JWT says")
                .extracting(e -> ((BadgeException) e).code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT);
    }
}
