package org.badgekit.sign;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import org.badgekit.BadgeException;
import org.badgekit.keys.IssuerKey;

/** Hand-built tokens for tests: any header, any payload, signed with a real key. */
final class Tokens {
    private Tokens() {}

    static String sign(IssuerKey key, String headerJson, String payloadJson) throws BadgeException {
        try {
            // only alg matters to the signer; Nimbus would refuse to even parse some hostile headers we need to build
            JWSAlgorithm alg = JWSAlgorithm.parse(org.badgekit.json.JsonCodec.parse("header", headerJson).get("alg").asText());
            JWSHeader header = new JWSHeader(alg);
            String input = b64(headerJson) + "." + b64(payloadJson);
            Base64URL signature = JwsAlgorithms.signer(key, alg)
                    .sign(header, input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + signature;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
