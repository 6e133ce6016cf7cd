package org.badgekit.sign;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.security.interfaces.ECPublicKey;
import java.util.Set;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.DSADigestSigner;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;

/** Nimbus {@link JWSVerifier} for {@code ES256} on Bouncy Castle (see {@link Es256Signer}); only 64-byte {@code R || S}. */
final class Es256Verifier implements JWSVerifier {
    /** P-256 domain parameters (immutable). */
    static final ECDomainParameters P256;

    static {
        X9ECParameters curve = CustomNamedCurves.getByName("secp256r1");
        P256 = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH(), curve.getSeed());
    }

    private final ECPublicKeyParameters key;
    private final JCAContext jcaContext = new JCAContext();

    /** @throws IllegalArgumentException when the point is not on P-256 */
    Es256Verifier(ECPublicKey key) {
        this.key = new ECPublicKeyParameters(P256.getCurve().createPoint(key.getW().getAffineX(), key.getW().getAffineY()), P256);
    }

    @Override
    public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
            return false;
        }
        byte[] sig = signature.decode();
        if (sig.length != 64) {
            return false;
        }
        DSADigestSigner verifier = new DSADigestSigner(new ECDSASigner(), new SHA256Digest(), PlainDSAEncoding.INSTANCE);
        verifier.init(false, key);
        verifier.update(signingInput, 0, signingInput.length);
        try {
            return verifier.verifySignature(sig);
        } catch (IllegalArgumentException e) {
            // r or s out of range
            return false;
        }
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.ES256);
    }

    @Override
    public JCAContext getJCAContext() {
        return jcaContext;
    }
}
