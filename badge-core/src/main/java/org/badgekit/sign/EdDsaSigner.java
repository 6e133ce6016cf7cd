package org.badgekit.sign;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import java.util.Set;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Nimbus {@link JWSSigner} for {@code EdDSA} (Ed25519, RFC 8037) on Bouncy Castle, so that Nimbus needs no Tink. */
final class EdDsaSigner implements JWSSigner {
    private final Ed25519PrivateKeyParameters key;
    private final JCAContext jcaContext = new JCAContext();

    EdDsaSigner(byte[] seed) {
        this.key = new Ed25519PrivateKeyParameters(seed, 0);
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
        if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm()) && !JWSAlgorithm.Ed25519.equals(header.getAlgorithm())) {
            throw new JOSEException("EdDSA signer cannot sign alg " + header.getAlgorithm());
        }
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(signingInput, 0, signingInput.length);
        return Base64URL.encode(signer.generateSignature());
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
        return Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);
    }

    @Override
    public JCAContext getJCAContext() {
        return jcaContext;
    }
}
