package org.badgekit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;

class BitstringStatusListEntryTest {

    @Test
    void writesTheSpecShapeWithTheIndexAsAString() {
        BitstringStatusListEntry entry = new BitstringStatusListEntry("https://example.com/status/3", 94_567,
                StatusPurpose.REVOCATION);
        assertThat(JsonCodec.write(entry.toJson())).isEqualTo("{\"id\":\"https://example.com/status/3#94567\","
                + "\"type\":\"BitstringStatusListEntry\",\"statusPurpose\":\"revocation\",\"statusListIndex\":\"94567\","
                + "\"statusListCredential\":\"https://example.com/status/3\"}");
    }

    @Test
    void anAllocationBecomesTheEntryPointingAtItsList() {
        StatusAllocation allocation = new StatusAllocation(StatusPurpose.SUSPENSION, 2, 17, "https://x.example/s/2");
        BitstringStatusListEntry entry = allocation.toEntry();
        assertThat(entry.statusListIndex()).isEqualTo(17);
        assertThat(entry.purpose()).isEqualTo(StatusPurpose.SUSPENSION);
        assertThat(entry.toJson().get("statusPurpose").asText()).isEqualTo("suspension");
    }

    @Test
    void refusesNegativeIndexesAndListUrlsWithAFragment() {
        assertThatThrownBy(() -> new BitstringStatusListEntry("https://x.example/1", -1, StatusPurpose.REVOCATION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> new BitstringStatusListEntry("https://x.example/1#list", 1, StatusPurpose.REVOCATION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fragment");
    }

    @Test
    void parsesOnlyTheTwoPurposesItRecords() {
        assertThat(StatusPurpose.parse("revocation")).contains(StatusPurpose.REVOCATION);
        assertThat(StatusPurpose.parse("suspension")).contains(StatusPurpose.SUSPENSION);
        assertThat(StatusPurpose.parse("message")).isEmpty();
        assertThat(StatusPurpose.parse(null)).isEmpty();
        assertThat(StatusPurpose.SUSPENSION.reversible()).isTrue();
        assertThat(StatusPurpose.REVOCATION.reversible()).isFalse();
    }
}
