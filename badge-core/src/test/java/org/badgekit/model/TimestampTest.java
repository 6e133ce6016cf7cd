package org.badgekit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampTest {

    @Test
    void writesUtcWithSecondsAndZ() {
        assertThat(Timestamp.of(Instant.parse("2026-11-28T10:15:30.987Z")).text()).isEqualTo("2026-11-28T10:15:30Z");
        assertThat(Timestamp.of(Instant.parse("2026-01-01T00:00:00Z")).text()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void keepsTheTextItReadAndComparesByInstant() {
        Timestamp helsinki = Timestamp.parse("2026-09-30T12:00:00+03:00");
        Timestamp utc = Timestamp.parse("2026-09-30T09:00:00Z");

        assertThat(helsinki.text()).isEqualTo("2026-09-30T12:00:00+03:00");
        assertThat(helsinki.instant()).isEqualTo(utc.instant());
        assertThat(helsinki.compareTo(utc)).isZero();
        assertThat(helsinki.hasZone()).isTrue();
    }

    @Test
    void readsADateTimeWithoutZoneAsUtcButSaysItHasNone() {
        Timestamp local = Timestamp.parse("2026-09-30T12:00:00");

        assertThat(local.hasZone()).isFalse();
        assertThat(local.instant()).isEqualTo(Instant.parse("2026-09-30T12:00:00Z"));
    }

    @Test
    void refusesTextThatIsNotADateTime() {
        assertThatThrownBy(() -> Timestamp.parse("2026-09-30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"2026-09-30\" is not an ISO 8601 date-time such as 2010-01-01T00:00:00Z");
    }
}
