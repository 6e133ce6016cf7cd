package org.badgekit.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.HexFormat;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;

class MultibaseTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void base58BtcRoundTripsAndKeepsLeadingZeros() throws BadgeException {
        byte[] bytes = {0, 0, 1, 2, 3, (byte) 0xff};
        String encoded = Base58Btc.encode(bytes);
        assertThat(encoded).startsWith("11");
        assertThat(Base58Btc.decode(encoded)).isEqualTo(bytes);
        assertThat(Base58Btc.encode("Hello World!".getBytes())).isEqualTo("2NEpo7TZRRrLZSi2U");
    }

    @Test
    void base58BtcRejectsCharactersOutsideTheAlphabetNamingThem() {
        assertThatThrownBy(() -> Base58Btc.decode("abc0def")).isInstanceOf(BadgeException.class)
                .hasMessageContaining("'0'").hasMessageContaining("position 3");
    }

    @Test
    void encodesTheW3cVectorPublicKeyAsZ6Mk() throws BadgeException {
        byte[] raw = HEX.parseHex("b00d8d938e7f773d51565aad36a623f5344f7f5d1960f9cf3e8e12620ea2810f");
        assertThat(Multibase.encodeEd25519PublicKey(raw)).isEqualTo("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        assertThat(Multibase.decodeEd25519PublicKey("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")).isEqualTo(raw);
    }

    @Test
    void decodesBothPrivateKeyFormsToTheSeed() throws BadgeException {
        String seedHex = "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4";
        // 1EdTech OB 3.0 vector: 0x8026 + 64-byte seed||public key
        assertThat(HEX.formatHex(Multibase.decodeEd25519PrivateKey(
                "zrv2bqTbNwCTsRrHFcJCPjVAduh4Ezcnoq1A3ZxH1GWTNkxipLVuaAoMFmze2gFN9oNXfJjufxSHWVZzsJiUsMHFMcx"))).isEqualTo(seedHex);
        String seedOnly = Multibase.encodeEd25519PrivateKey(HEX.parseHex(seedHex));
        assertThat(HEX.formatHex(Multibase.decodeEd25519PrivateKey(seedOnly))).isEqualTo(seedHex);
    }

    @Test
    void rejectsAPublicKeyWithTheWrongMulticodec() {
        String p256ish = Multibase.encodeBase58Btc(new byte[] {(byte) 0x80, 0x24, 1, 2, 3});
        assertThatThrownBy(() -> Multibase.decodeEd25519PublicKey(p256ish)).isInstanceOf(BadgeException.class)
                .hasMessageContaining("0xed01");
        assertThatThrownBy(() -> Multibase.decodeBase58Btc("uABC", "proofValue")).isInstanceOf(BadgeException.class)
                .hasMessageContaining("proofValue").hasMessageContaining("does not start with 'z'");
    }

    @Test
    void derivesTheSameRawKeysFromJcaKeysAsFromTheSeed() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] seed = Ed25519Keys.seed(pair.getPrivate());
        assertThat(seed).hasSize(32);
        assertThat(Ed25519Keys.publicKeyFromSeed(seed)).isEqualTo(Ed25519Keys.rawPublicKey(pair.getPublic()));
        assertThat(Ed25519Keys.publicKey(Ed25519Keys.rawPublicKey(pair.getPublic())).getEncoded())
                .isEqualTo(pair.getPublic().getEncoded());
    }

    @Test
    void refusesANonEd25519Key() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        assertThatThrownBy(() -> Ed25519Keys.seed(rsa.getPrivate())).isInstanceOf(BadgeException.class)
                .hasMessageContaining("not an Ed25519 key");
        assertThatThrownBy(() -> Ed25519Keys.rawPublicKey(rsa.getPublic())).isInstanceOf(BadgeException.class)
                .hasMessageContaining("RSA");
    }
}
