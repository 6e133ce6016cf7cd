package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * {@code ob2.hosted}: an OB 2.0 hosted assertion is fetched from its own id; that copy is the assertion of record. HTTP 410 or
 * {@code revoked: true} means revoked. The id must lie within the issuer profile's {@code verification} policy: start with
 * one of {@code startsWith} and be hosted on one of {@code allowedOrigins} (default: the issuer id's host). DIGEST §2.1.
 */
final class Ob2HostedCheck implements Check {
    static final String ID = "ob2.hosted";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Verification v) {
        if (!v.format().ob2()) {
            return CheckResult.skipped(ID, "not an OB 2.0 badge");
        }
        if (v.kind == BadgeFormat.Kind.OB2_JWS || !hosted(v.document)) {
            return CheckResult.skipped(ID, "a signed assertion: see ob2.signed");
        }
        String id = Json.text(v.document.get("id"));
        if (id == null || !(id.startsWith("https://") || id.startsWith("http://"))) {
            return CheckResult.failed(ID, "hosted assertion id " + Json.quote(id) + " is not an http(s) URL", "/id");
        }
        Fetch.Result fetched = Fetch.json(v, id);
        if (fetched.gone()) {
            return CheckResult.failed(ID, "the host answered 410 Gone for " + id + ": the badge was revoked", "/id");
        }
        if (!fetched.ok()) {
            return CheckResult.failed(ID, "the hosted assertion " + fetched.problem(), "/id");
        }
        JsonNode hosted = fetched.json();
        if (hosted.path("revoked").asBoolean(false)) {
            String reason = Json.text(hosted.get("revocationReason"));
            return CheckResult.failed(ID, "the hosted assertion at " + id + " is revoked"
                    + (reason == null ? "" : ": " + reason), "/revoked");
        }
        if (!id.equals(Json.text(hosted.get("id")))) {
            return CheckResult.failed(ID, "the document at " + id + " has id " + Json.quote(Json.text(hosted.get("id")))
                    + ", expected the same id", "/id");
        }
        v.hostedDocument = hosted;
        String problem = Ob2Documents.load(v);
        if (problem != null) {
            return CheckResult.failed(ID, problem, "/badge");
        }
        return scope(v, id);
    }

    static boolean hosted(JsonNode assertion) {
        JsonNode verification = assertion.has("verification") ? assertion.get("verification") : assertion.get("verify");
        String type = verification == null ? null : Json.text(verification.get("type"));
        return type == null || type.equals("hosted") || type.equals("HostedBadge");
    }

    private CheckResult scope(Verification v, String id) {
        JsonNode issuer = v.ob2Issuer;
        String issuerId = Json.id(issuer);
        JsonNode policy = issuer.path("verification");
        List<JsonNode> startsWith = Json.values(policy.get("startsWith"));
        if (!startsWith.isEmpty() && startsWith.stream().noneMatch(p -> p.isTextual() && id.startsWith(p.asText()))) {
            return CheckResult.failed(ID, "assertion id " + id + " does not start with any of the issuer's startsWith "
                    + policy.get("startsWith"), "/id");
        }
        List<String> origins = Json.values(policy.get("allowedOrigins")).stream()
                .map(Json::text).filter(o -> o != null).map(o -> o.toLowerCase(Locale.ROOT)).toList();
        if (origins.isEmpty()) {
            String issuerHost = host(issuerId);
            if (issuerHost == null) {
                return CheckResult.warning(ID, "hosted copy fetched; issuer id " + Json.quote(issuerId)
                        + " is not an http(s) URL, so the assertion's origin was not checked", null);
            }
            origins = List.of(issuerHost);
        }
        String host = host(id);
        if (host == null || !origins.contains(host)) {
            return CheckResult.failed(ID, "assertion id " + id + " is hosted on " + Json.quote(host)
                    + ", not on the issuer's allowed origins " + origins, "/id");
        }
        return CheckResult.passed(ID, "the hosted assertion at " + id + " is not revoked and lies within the issuer's"
                + " allowed origins " + origins);
    }

    private static String host(String uri) {
        if (uri == null || !(uri.startsWith("https://") || uri.startsWith("http://"))) {
            return null;
        }
        try {
            String host = new URI(uri).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
