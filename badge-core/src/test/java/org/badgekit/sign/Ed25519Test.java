package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.junit.jupiter.api.Test;

class Ed25519Test {
    // RFC 8032 section 7.1, TEST 1: secret key, public key, empty message, signature
    private static final byte[] SECRET = HexFormat.of().parseHex(
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static final byte[] PUBLIC = HexFormat.of().parseHex(
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    private static final byte[] SIGNATURE = HexFormat.of().parseHex(
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

    @Test
    void signsTheRfc8032TestVectorByteForByteAndVerifiesIt() {
        byte[] signature = Ed25519.sign(new Ed25519PrivateKeyParameters(SECRET, 0), new byte[0]);
        assertThat(signature).isEqualTo(SIGNATURE);
        assertThat(Ed25519.verify(PUBLIC, new byte[0], signature)).isTrue();
    }

    @Test
    void givesTheSameSignatureAsBouncyCastlesSigner() {
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(SECRET, 0);
        byte[] message = "an OB 3.0 credential's hash data".getBytes(StandardCharsets.UTF_8);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(message, 0, message.length);
        assertThat(Ed25519.sign(key, message)).isEqualTo(signer.generateSignature());
    }

    @Test
    void refusesAlteredMessagesSignaturesAndKeysWithoutThrowing() {
        byte[] message = new byte[0];
        byte[] flipped = SIGNATURE.clone();
        flipped[10] ^= 1;
        assertThat(Ed25519.verify(PUBLIC, message, flipped)).isFalse();
        assertThat(Ed25519.verify(PUBLIC, new byte[] {1}, SIGNATURE)).isFalse();
        byte[] notAPoint = new byte[32];
        Arrays.fill(notAPoint, (byte) 0xff);
        assertThat(Ed25519.verify(notAPoint, message, SIGNATURE)).isFalse();
        assertThat(Ed25519.verify(Arrays.copyOf(PUBLIC, 31), message, SIGNATURE)).isFalse();
        assertThat(Ed25519.verify(PUBLIC, message, Arrays.copyOf(SIGNATURE, 63))).isFalse();
    }
}
