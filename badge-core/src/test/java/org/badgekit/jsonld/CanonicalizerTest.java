package org.badgekit.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;

class CanonicalizerTest {
    private static final String VECTORS = "/org/badgekit/sign/vectors/";

    /** W3C vc-di-eddsa TestVectors/eddsa-rdfc-2022/canonDocDataInt.txt. */
    static final String W3C_CANONICAL_DOCUMENT = ""
            + "<did:example:abcdefgh> <https://www.w3.org/ns/credentials/examples#alumniOf> \"The School of Examples\" .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/2018/credentials#VerifiableCredential> .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/ns/credentials/examples#AlumniCredential> .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/description> \"A minimum viable example of an Alumni Credential.\" .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://schema.org/name> \"Alumni Credential\" .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#credentialSubject> <did:example:abcdefgh> .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#issuer> <https://vc.example/issuers/5678> .\n"
            + "<urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33> <https://www.w3.org/2018/credentials#validFrom> \"2023-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n";

    /** 1EdTech OB 3.0 impl guide test vector, document-canon.txt. */
    static final String OB3_CANONICAL_DOCUMENT = ""
            + "<did:example:ebfeb1f712ebc6f1c276e12ec21> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#AchievementSubject> .\n"
            + "<did:example:ebfeb1f712ebc6f1c276e12ec21> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievement> <https://example.com/achievements/21st-century-skills/teamwork> .\n"
            + "<http://example.com/credentials/3527> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential> .\n"
            + "<http://example.com/credentials/3527> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://www.w3.org/2018/credentials#VerifiableCredential> .\n"
            + "<http://example.com/credentials/3527> <https://schema.org/name> \"Teamwork Badge\" .\n"
            + "<http://example.com/credentials/3527> <https://www.w3.org/2018/credentials#credentialSubject> <did:example:ebfeb1f712ebc6f1c276e12ec21> .\n"
            + "<http://example.com/credentials/3527> <https://www.w3.org/2018/credentials#issuer> <https://example.edu/issuers/565049> .\n"
            + "<http://example.com/credentials/3527> <https://www.w3.org/2018/credentials#validFrom> \"2010-01-01T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> .\n"
            + "<https://example.com/achievements/21st-century-skills/teamwork> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#Achievement> .\n"
            + "<https://example.com/achievements/21st-century-skills/teamwork> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#Criteria> _:c14n0 .\n"
            + "<https://example.com/achievements/21st-century-skills/teamwork> <https://schema.org/description> \"This badge recognizes the development of the capacity to collaborate within a group environment.\" .\n"
            + "<https://example.com/achievements/21st-century-skills/teamwork> <https://schema.org/name> \"Teamwork\" .\n"
            + "<https://example.edu/issuers/565049> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://purl.imsglobal.org/spec/vc/ob/vocab.html#Profile> .\n"
            + "<https://example.edu/issuers/565049> <https://schema.org/name> \"Example Corp\" .\n"
            + "<https://example.edu/issuers/565049> <https://schema.org/url> \"https://www.imsglobal.org\"^^<https://www.w3.org/2001/XMLSchema#anyURI> .\n"
            + "_:c14n0 <https://purl.imsglobal.org/spec/vc/ob/vocab.html#narrative> \"Team members are nominated for this badge by their peers and recognized upon review by Example Corp management.\" .\n";

    private final Canonicalizer canonicalizer = Canonicalizer.rdfc(TestContexts.examples());

    @Test
    void reproducesTheW3cAlumniCanonicalDocumentByteForByte() throws BadgeException {
        ObjectNode doc = TestContexts.json(VECTORS + "w3c-alumni-unsigned.json");
        assertThat(canonicalizer.canonicalize(doc)).isEqualTo(W3C_CANONICAL_DOCUMENT);
    }

    @Test
    void reproducesTheOneEdTechOb3CanonicalDocumentByteForByte() throws BadgeException {
        ObjectNode doc = TestContexts.json(VECTORS + "ob3-teamwork-unsigned.json");
        assertThat(Canonicalizer.rdfc().canonicalize(doc)).isEqualTo(OB3_CANONICAL_DOCUMENT);
    }

    @Test
    void givesTheSameResultForTheSameDocumentEveryTime() throws BadgeException {
        ObjectNode doc = TestContexts.json(VECTORS + "ob3-teamwork-unsigned.json");
        String first = canonicalizer.canonicalize(doc);
        for (int i = 0; i < 5; i++) {
            assertThat(canonicalizer.canonicalize(doc)).isEqualTo(first);
        }
    }

    @Test
    void rejectsAPropertyTheContextDoesNotDefineNamingItsPointer() throws BadgeException {
        ObjectNode doc = TestContexts.json(VECTORS + "ob3-teamwork-unsigned.json");
        ((ObjectNode) doc.get("credentialSubject")).put("favouriteColour", "green");
        assertThatThrownBy(() -> canonicalizer.canonicalize(doc))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("favouriteColour")
                .hasMessageContaining("/credentialSubject/favouriteColour")
                .satisfies(e -> assertThat(((BadgeException) e).code()).isEqualTo(BadgeException.Code.INVALID_INPUT));
    }

    @Test
    void rejectsATypeTheContextDoesNotDefine() throws BadgeException {
        ObjectNode doc = TestContexts.json(VECTORS + "ob3-teamwork-unsigned.json");
        ((ArrayNode) doc.get("credentialSubject").get("achievement").get("type")).add("SecretBadge");
        assertThatThrownBy(() -> canonicalizer.canonicalize(doc))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("type 'SecretBadge'")
                .hasMessageContaining("/credentialSubject/achievement/type/1");
    }

    @Test
    void rejectsARelativeId() throws BadgeException {
        ObjectNode doc = TestContexts.json(VECTORS + "ob3-teamwork-unsigned.json");
        doc.put("id", "credentials/3527");
        assertThatThrownBy(() -> canonicalizer.canonicalize(doc))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("id 'credentials/3527'")
                .hasMessageContaining("at /id");
    }

    @Test
    void unsafeModeDropsTheUndefinedPropertyAsPlainJsonLdDoes() throws BadgeException {
        ObjectNode doc = TestContexts.json(VECTORS + "ob3-teamwork-unsigned.json");
        ((ObjectNode) doc.get("credentialSubject")).put("favouriteColour", "green");
        assertThat(Canonicalizer.rdfcUnsafe(TestContexts.examples()).canonicalize(doc)).isEqualTo(OB3_CANONICAL_DOCUMENT);
    }

    @Test
    void refusesToRedefineAProtectedTerm() throws BadgeException {
        ObjectNode doc = TestContexts.json(VECTORS + "ob3-teamwork-unsigned.json");
        ObjectNode redefinition = ((ArrayNode) doc.get("@context")).addObject();
        redefinition.put("name", "https://evil.example/name");
        assertThatThrownBy(() -> canonicalizer.canonicalize(doc))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("protected term");
    }

    @Test
    void refusesAContextThatIsNeitherBundledNorResolvedNamingItsUrl() throws BadgeException {
        ObjectNode doc = TestContexts.json(VECTORS + "w3c-alumni-unsigned.json");
        assertThatThrownBy(() -> Canonicalizer.rdfc().canonicalize(doc))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("https://www.w3.org/ns/credentials/examples/v2")
                .hasMessageContaining("not bundled");
    }

    @Test
    void rejectsAJsonScalarAsDocument() throws BadgeException {
        assertThatThrownBy(() -> canonicalizer.canonicalize(JsonCodec.parse("t", "\"x\"")))
                .isInstanceOf(BadgeException.class)
                .hasMessageContaining("expected a JSON object or array");
    }
}
