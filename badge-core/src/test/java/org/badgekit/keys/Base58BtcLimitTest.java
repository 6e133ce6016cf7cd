package org.badgekit.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;

class Base58BtcLimitTest {

    @Test
    void refusesHostileLengthsBeforeTheQuadraticDecodeStarts() {
        String hostile = "2".repeat(64 * 1024);
        assertThatThrownBy(() -> Base58Btc.decode(hostile))
                .isInstanceOfSatisfying(BadgeException.class,
                        e -> assertThat(e.code()).isEqualTo(BadgeException.Code.LIMIT_EXCEEDED));
    }

    @Test
    void stillDecodesValuesAtTheLimit() throws BadgeException {
        byte[] signature = new byte[64];
        signature[0] = 1;
        assertThat(Base58Btc.decode(Base58Btc.encode(signature))).isEqualTo(signature);
    }
}
