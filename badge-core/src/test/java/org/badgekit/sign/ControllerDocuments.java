package org.badgekit.sign;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the controller documents (issuer profiles, DID documents) that tests serve through a resolver. */
final class ControllerDocuments {
    private ControllerDocuments() {}

    /** A controller document {@code id} with one Multikey method, listed under assertionMethod. */
    static ObjectNode controller(String id, String methodId, String publicKeyMultibase) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.putArray("@context").add("https://www.w3.org/ns/did/v1").add("https://w3id.org/security/multikey/v1");
        doc.put("id", id);
        ObjectNode vm = doc.putArray("verificationMethod").addObject();
        vm.put("id", methodId);
        vm.put("type", "Multikey");
        vm.put("controller", id);
        vm.put("publicKeyMultibase", publicKeyMultibase);
        doc.putArray("assertionMethod").add(methodId);
        return doc;
    }
}
