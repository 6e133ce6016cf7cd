package org.badgekit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;

class BitstringTest {

    /** The empty 131,072-bit list published in the W3C Bitstring Status List spec. */
    private static final String W3C_EMPTY_LIST = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    @Test
    void setsBitZeroAsTheMostSignificantBitOfTheFirstByte() {
        Bitstring bits = Bitstring.empty();
        bits.set(0);
        bits.set(15);
        byte[] raw = bits.toByteArray();
        assertThat(raw[0] & 0xff).isEqualTo(0x80);
        assertThat(raw[1] & 0xff).isEqualTo(0x01);
        assertThat(bits.get(0)).isTrue();
        assertThat(bits.get(1)).isFalse();
    }

    @Test
    void encodesAsGzipInMultibaseBase64UrlWithoutPaddingAndDecodesBack() throws BadgeException {
        Bitstring bits = Bitstring.empty();
        for (int index : new int[] {0, 7, 8, 23, 94_567, Bitstring.MIN_BITS - 1}) {
            bits.set(index);
        }
        String encoded = bits.encode();
        assertThat(encoded).startsWith("uH4sI").doesNotContain("=", "+", "/");
        Bitstring decoded = Bitstring.decode(encoded);
        assertThat(decoded).isEqualTo(bits);
        assertThat(decoded.size()).isEqualTo(Bitstring.MIN_BITS);
        assertThat(decoded.cardinality()).isEqualTo(6);
        assertThat(decoded.get(94_567)).isTrue();
        assertThat(decoded.get(94_566)).isFalse();
    }

    @Test
    void encodingIsDeterministic() {
        Bitstring bits = Bitstring.empty();
        bits.set(42);
        assertThat(bits.encode()).isEqualTo(bits.copy().encode());
    }

    @Test
    void decodesTheEmptyListFromTheW3cSpec() throws BadgeException {
        Bitstring bits = Bitstring.decode(W3C_EMPTY_LIST);
        assertThat(bits.size()).isEqualTo(131_072);
        assertThat(bits.cardinality()).isZero();
    }

    @Test
    void clearingReturnsWhetherTheBitWasSet() {
        Bitstring bits = Bitstring.empty();
        assertThat(bits.set(5)).isTrue();
        assertThat(bits.set(5)).isFalse();
        assertThat(bits.clear(5)).isTrue();
        assertThat(bits.clear(5)).isFalse();
    }

    @Test
    void readsMultiBitStatusValuesMostSignificantBitFirst() {
        Bitstring bits = Bitstring.empty();
        bits.set(4);
        bits.set(5);
        assertThat(bits.value(2, 2)).isEqualTo(3);
        assertThat(bits.value(1, 2)).isZero();
        assertThat(bits.value(1, 4)).isEqualTo(0b1100);
        assertThatThrownBy(() -> bits.value(Bitstring.MIN_BITS / 2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rejectsAValueWithoutTheMultibasePrefix() {
        assertMalformed("zH4sIAAAAAAAAA", "encodedList starts with 'z', expected the multibase base64url prefix 'u'");
        assertMalformed("", "encodedList is empty");
    }

    @Test
    void rejectsCharactersOutsideBase64UrlIncludingPadding() {
        assertMalformed("uH4sI+AAA", "character '+' at position 5 is not base64url without padding");
        assertMalformed(W3C_EMPTY_LIST + "==", "character '=' at position");
        assertMalformed("uH4sI AAA", "character ' ' at position 5");
    }

    @Test
    void rejectsDataThatIsNotGzip() {
        String notGzip = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString("plain text, no gzip".getBytes());
        assertMalformed(notGzip, "encodedList: GZIP data is corrupt");
        assertMalformed("uAAAA", "encodedList: GZIP data is");
    }

    @Test
    void rejectsTruncatedGzip() {
        String full = Bitstring.empty().encode();
        assertMalformed(full.substring(0, full.length() - 8), "encodedList: GZIP data is");
    }

    @Test
    void rejectsAListShorterThanTheSpecMinimum() throws IOException {
        assertMalformed(encodeRaw(new byte[128]), "encodedList: decoded list has 1024 bits, the spec requires at least 131072");
    }

    @Test
    void refusesToInflateAGzipBombBeyondTheCap() throws IOException {
        String bomb = encodeRaw(new byte[Bitstring.MAX_DECODED_BYTES + 1]);
        assertThat(bomb.length()).isLessThan(40_000);
        assertThatThrownBy(() -> Bitstring.decode(bomb)).isInstanceOfSatisfying(BadgeException.class, e -> {
            assertThat(e.code()).isEqualTo(BadgeException.Code.LIMIT_EXCEEDED);
            assertThat(e.getMessage()).contains("exceeds 16777216 bytes");
        });
    }

    @Test
    void acceptsALargerListUpToTheCap() throws Exception {
        Bitstring bits = Bitstring.ofSize(Bitstring.MIN_BITS * 4);
        bits.set(Bitstring.MIN_BITS * 4 - 1);
        assertThat(Bitstring.decode(bits.encode()).get(Bitstring.MIN_BITS * 4 - 1)).isTrue();
    }

    @Test
    void rejectsSizesThatAreNotWholeBytesOrBelowTheMinimum() {
        assertThatThrownBy(() -> Bitstring.ofSize(Bitstring.MIN_BITS + 3)).isInstanceOfSatisfying(BadgeException.class,
                e -> assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT));
        assertThatThrownBy(() -> Bitstring.ofSize(8)).isInstanceOf(BadgeException.class);
    }

    @Test
    void rejectsIndexesOutsideTheList() {
        Bitstring bits = Bitstring.empty();
        assertThatThrownBy(() -> bits.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> bits.set(Bitstring.MIN_BITS)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    static String encodeRaw(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(raw);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    private static void assertMalformed(String encoded, String expectedMessage) {
        assertThatThrownBy(() -> Bitstring.decode(encoded)).isInstanceOfSatisfying(BadgeException.class, e -> {
            assertThat(e.code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
            assertThat(e.getMessage()).contains(expectedMessage);
        });
    }
}
