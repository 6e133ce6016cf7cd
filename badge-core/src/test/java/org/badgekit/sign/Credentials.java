package org.badgekit.sign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/** Small OB 3.0 credentials for the signing tests. */
final class Credentials {
    static final String ISSUER = "https://example.org/issuers/1";

    private Credentials() {}

    static ObjectNode ob3(String issuerId) throws BadgeException {
        return (ObjectNode) JsonCodec.parse("credential", ("{"
                + "\"@context\":[\"https://www.w3.org/ns/credentials/v2\",\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
                + "\"id\":\"urn:uuid:2f4b6c1e-8d0a-4f57-9a55-0c8f3d5e7b21\","
                + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
                + "\"issuer\":{\"id\":\"ISSUER\",\"type\":[\"Profile\"],\"name\":\"Example Training Institute\"},"
                + "\"validFrom\":\"2026-01-01T00:00:00Z\",\"validUntil\":\"2030-01-01T00:00:00Z\",\"name\":\"Workplace Instructor\","
                + "\"credentialSubject\":{\"id\":\"did:example:learner1\",\"type\":[\"AchievementSubject\"],"
                + "\"achievement\":{\"id\":\"https://example.org/achievements/wi\",\"type\":[\"Achievement\"],\"name\":\"Workplace Instructor\","
                + "\"criteria\":{\"narrative\":\"Plans and delivers on-the-job instruction.\"}}}}").replace("ISSUER", issuerId));
    }
}
