package org.badgekit.sign;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.junit.jupiter.api.Test;

/** The Bouncy Castle ES256 signer and verifier agree with the JDK's (through Nimbus) in both directions. */
class Es256Test {
    private static final JWSHeader HEADER = new JWSHeader(JWSAlgorithm.ES256);
    private static final byte[] INPUT = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL2V4YW1wbGUub3JnIn0".getBytes(StandardCharsets.US_ASCII);

    @Test
    void bouncyCastleSignaturesVerifyWithTheJdkAndBack() throws Exception {
        IssuerKey key = IssuerKey.generate(KeyType.P256, 0);
        ECPrivateKey priv = (ECPrivateKey) key.privateKey().orElseThrow();
        ECPublicKey pub = (ECPublicKey) key.publicKey();

        Base64URL ours = new Es256Signer(priv).sign(HEADER, INPUT);
        assertThat(ours.decode()).hasSize(64);
        assertThat(new ECDSAVerifier(pub).verify(HEADER, INPUT, ours)).isTrue();

        Base64URL jdk = new ECDSASigner(priv).sign(HEADER, INPUT);
        assertThat(new Es256Verifier(pub).verify(HEADER, INPUT, jdk)).isTrue();
        assertThat(new Es256Verifier(pub).verify(HEADER, "tampered".getBytes(StandardCharsets.US_ASCII), jdk)).isFalse();
    }

    @Test
    void signaturesAreDeterministicAndDerEncodingIsRefused() throws Exception {
        IssuerKey key = IssuerKey.generate(KeyType.P256, 0);
        ECPrivateKey priv = (ECPrivateKey) key.privateKey().orElseThrow();
        assertThat(new Es256Signer(priv).sign(HEADER, INPUT)).isEqualTo(new Es256Signer(priv).sign(HEADER, INPUT));

        Signature der = Signature.getInstance("SHA256withECDSA");
        der.initSign(priv);
        der.update(INPUT);
        Base64URL derSignature = Base64URL.encode(der.sign());
        assertThat(new Es256Verifier((ECPublicKey) key.publicKey()).verify(HEADER, INPUT, derSignature)).isFalse();
        assertThat(new Es256Verifier((ECPublicKey) key.publicKey()).verify(HEADER, INPUT, Base64URL.encode(new byte[64]))).isFalse();
    }
}
