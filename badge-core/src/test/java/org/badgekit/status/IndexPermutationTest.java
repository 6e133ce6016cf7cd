package org.badgekit.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexPermutationTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 1000, 131_072, 131_080, 262_144, 300_000})
    void mapsEveryPositionToADistinctIndexInsideTheList(int size) {
        IndexPermutation permutation = new IndexPermutation(0x5EEDL * size, size);
        BitSet seen = new BitSet(size);
        for (int position = 0; position < size; position++) {
            long index = permutation.permute(position);
            assertThat(index).isBetween(0L, size - 1L);
            assertThat(seen.get((int) index)).as("index %d reused at position %d", index, position).isFalse();
            seen.set((int) index);
        }
        assertThat(seen.cardinality()).isEqualTo(size);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, -7L})
    void differentKeysGiveDifferentOrders(long key) {
        IndexPermutation a = new IndexPermutation(key, 131_072);
        IndexPermutation b = new IndexPermutation(key + 1, 131_072);
        int same = 0;
        for (int position = 0; position < 1000; position++) {
            if (a.permute(position) == b.permute(position)) {
                same++;
            }
        }
        assertThat(same).isLessThan(10);
    }
}
