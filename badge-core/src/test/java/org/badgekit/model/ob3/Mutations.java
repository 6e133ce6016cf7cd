package org.badgekit.model.ob3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Named changes to a valid credential, each valid or invalid for a reason the schemas must agree on. */
final class Mutations {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Mutations() {}

    static boolean isEndorsement(JsonNode document) {
        for (JsonNode type : document.path("type")) {
            if (type.asText().equals("EndorsementCredential")) {
                return true;
            }
        }
        return false;
    }

    static ObjectNode at(ObjectNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    static Map<String, Consumer<ObjectNode>> all() {
        Map<String, Consumer<ObjectNode>> m = new LinkedHashMap<>();
        m.put("unchanged", d -> { });
        m.put("issuer type as a string", d -> at(d, "/issuer").put("type", "Profile"));
        m.put("issuer as a URI string", d -> d.put("issuer", "https://example.org/issuer"));
        m.put("issuer as a number", d -> d.put("issuer", 42));
        m.put("issuer without id", d -> at(d, "/issuer").remove("id"));
        m.put("validFrom missing", d -> d.remove("validFrom"));
        m.put("validFrom not a date-time", d -> d.put("validFrom", "yesterday"));
        m.put("validFrom a date only", d -> d.put("validFrom", "2010-01-01"));
        m.put("validFrom with an offset", d -> d.put("validFrom", "2010-01-01T00:00:00+02:00"));
        m.put("validUntil with fractional seconds", d -> d.put("validUntil", "2030-01-01T00:00:00.123Z"));
        m.put("unknown achievementType", d -> at(d, "/credentialSubject/achievement").put("achievementType", "Foo"));
        m.put("extension achievementType", d -> at(d, "/credentialSubject/achievement").put("achievementType", "ext:Foo"));
        m.put("extension achievementType with a hyphen", d -> at(d, "/credentialSubject/achievement")
                .put("achievementType", "ext:Microcredential-ECTS"));
        m.put("achievementType in lower case", d -> at(d, "/credentialSubject/achievement").put("achievementType", "badge"));
        m.put("achievementType bare ext:", d -> at(d, "/credentialSubject/achievement").put("achievementType", "ext:"));
        m.put("achievement name missing", d -> at(d, "/credentialSubject/achievement").remove("name"));
        m.put("achievement criteria missing", d -> at(d, "/credentialSubject/achievement").remove("criteria"));
        m.put("achievement criteria as a string", d -> at(d, "/credentialSubject/achievement").put("criteria", "https://x"));
        m.put("achievement type as a string", d -> at(d, "/credentialSubject/achievement").put("type", "Achievement"));
        m.put("achievement type without Achievement", d -> at(d, "/credentialSubject/achievement")
                .set("type", JSON.arrayNode().add("Thing")));
        m.put("credits as a string", d -> at(d, "/credentialSubject/achievement").put("creditsAvailable", "3"));
        m.put("inLanguage not BCP 47", d -> at(d, "/credentialSubject/achievement").put("inLanguage", "english"));
        m.put("inLanguage with region", d -> at(d, "/credentialSubject/achievement").put("inLanguage", "pt-BR"));
        m.put("inLanguage lower-case region", d -> at(d, "/credentialSubject/achievement").put("inLanguage", "pt-br"));
        m.put("inLanguage with script", d -> at(d, "/credentialSubject/achievement").put("inLanguage", "zh-Hant-TW"));
        m.put("subject without achievement", d -> at(d, "/credentialSubject").remove("achievement"));
        m.put("subject without type", d -> at(d, "/credentialSubject").remove("type"));
        m.put("subject without id and identifier", d -> at(d, "/credentialSubject").remove("id"));
        m.put("identity object with an extra property",
                d -> ((ObjectNode) d.at("/credentialSubject/identifier/0")).put("email", "a@example.com"));
        m.put("identity object hashed as a string",
                d -> ((ObjectNode) d.at("/credentialSubject/identifier/0")).put("hashed", "true"));
        m.put("identity object type as an array",
                d -> ((ObjectNode) d.at("/credentialSubject/identifier/0")).set("type", JSON.arrayNode().add("IdentityObject")));
        m.put("identity type extension with a hyphen",
                d -> ((ObjectNode) d.at("/credentialSubject/identifier/0")).put("identityType", "ext:foo-bar"));
        m.put("identity type unknown",
                d -> ((ObjectNode) d.at("/credentialSubject/identifier/0")).put("identityType", "email"));
        m.put("identity object without salt", d -> ((ObjectNode) d.at("/credentialSubject/identifier/0")).remove("salt"));
        m.put("image with an extra property", d -> at(d, "/image").put("width", 100));
        m.put("image type as an array", d -> at(d, "/image").set("type", JSON.arrayNode().add("Image")));
        m.put("image without type", d -> at(d, "/image").remove("type"));
        m.put("@context in the wrong order", d -> {
            ArrayNode context = (ArrayNode) d.get("@context");
            JsonNode first = context.remove(0);
            context.insert(1, first);
        });
        m.put("@context with only one entry", d -> d.set("@context", JSON.arrayNode().add("https://www.w3.org/ns/credentials/v2")));
        m.put("@context with an inline object", d -> ((ArrayNode) d.get("@context")).addObject().put("ex", "https://ex.org/"));
        m.put("@context with a number", d -> ((ArrayNode) d.get("@context")).add(3));
        m.put("@context unversioned OB context", d -> ((ArrayNode) d.get("@context"))
                .set(1, JSON.textNode("https://purl.imsglobal.org/spec/ob/v3p0/context.json")));
        m.put("@context VC 1.1", d -> ((ArrayNode) d.get("@context")).set(0, JSON.textNode("https://www.w3.org/2018/credentials/v1")));
        m.put("type without OpenBadgeCredential", d -> d.set("type", JSON.arrayNode().add("VerifiableCredential")));
        m.put("type AchievementCredential", d -> d.set("type", JSON.arrayNode().add("VerifiableCredential").add("AchievementCredential")));
        m.put("type as a string", d -> d.put("type", "OpenBadgeCredential"));
        m.put("credentialSchema as an object", d -> d.set("credentialSchema", d.get("credentialSchema").get(0)));
        m.put("proof as an object", d -> d.set("proof", JSON.objectNode().put("type", "DataIntegrityProof")));
        m.put("proof without type", d -> d.set("proof", JSON.arrayNode().add(JSON.objectNode().put("cryptosuite", "x"))));
        m.put("credentialStatus without id", d -> at(d, "/credentialStatus").remove("id"));
        m.put("evidence type as a string", d -> ((ObjectNode) d.at("/evidence/0")).put("type", "Evidence"));
        m.put("evidence as an object", d -> d.set("evidence", d.at("/evidence/0")));
        m.put("result status unknown", d -> ((ObjectNode) d.at("/credentialSubject/result/0")).put("status", "Done"));
        m.put("result status extension", d -> ((ObjectNode) d.at("/credentialSubject/result/0")).put("status", "ext:Done"));
        m.put("resultType extension", d -> ((ObjectNode) d.at("/credentialSubject/achievement/resultDescription/0"))
                .put("resultType", "ext:Stars"));
        m.put("resultType unknown", d -> ((ObjectNode) d.at("/credentialSubject/achievement/resultDescription/0"))
                .put("resultType", "Stars"));
        m.put("alignment targetType ESCO", d -> ((ObjectNode) d.at("/credentialSubject/achievement/alignment/0"))
                .put("targetType", "ESCO"));
        m.put("alignment targetType ext:ESCO", d -> ((ObjectNode) d.at("/credentialSubject/achievement/alignment/0"))
                .put("targetType", "ext:ESCO"));
        m.put("alignment without targetUrl", d -> ((ObjectNode) d.at("/credentialSubject/achievement/alignment/0"))
                .remove("targetUrl"));
        m.put("endorsementJwt not a JWS", d -> d.set("endorsementJwt", JSON.arrayNode().add("not a token")));
        m.put("endorsementJwt a JWS", d -> d.set("endorsementJwt", JSON.arrayNode().add("eyJh.eyJi.c2ln")));
        m.put("unknown top-level property", d -> d.put("extension:thing", "kept"));
        m.put("name null", d -> d.putNull("name"));
        m.put("geo latitude as a string", d -> ((ObjectNode) d.at("/issuer/address/geo")).put("latitude", "60.1"));
        m.put("dateOfBirth not a date", d -> at(d, "/issuer").put("dateOfBirth", "1990-13-45"));
        m.put("otherIdentifier with an extra property",
                d -> ((ObjectNode) d.at("/issuer/otherIdentifier/0")).put("note", "x"));
        m.put("endorsement without name", d -> ((ObjectNode) d.at("/endorsement/0")).remove("name"));
        m.put("related edition", d -> at(d, "/credentialSubject/achievement").set("related", JSON.arrayNode()
                .add(JSON.objectNode().put("id", "urn:x").put("inLanguage", "fi").set("type", JSON.arrayNode().add("Related")))));
        m.put("related without type", d -> at(d, "/credentialSubject/achievement").set("related", JSON.arrayNode()
                .add(JSON.objectNode().put("id", "urn:x").put("inLanguage", "fi"))));
        m.put("related with a bad language", d -> at(d, "/credentialSubject/achievement").set("related", JSON.arrayNode()
                .add(JSON.objectNode().put("id", "urn:x").put("inLanguage", "FI").set("type", JSON.arrayNode().add("Related")))));
        m.put("rubric level without name", d -> ((ObjectNode) d
                .at("/credentialSubject/achievement/resultDescription/1/rubricCriterionLevel/0")).remove("name"));
        return m;
    }
}
