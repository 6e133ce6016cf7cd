package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.regex.Pattern;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * The fatal first steps: find the payload (image extraction), read it (JSON, or a compact JWS/JWT) and recognise what kind of
 * badge it is. Each step reports under {@code extract} or {@code json.wellformed}; when one fails nothing else can run.
 */
final class Intake {
    static final String EXTRACT = "extract";
    static final String WELLFORMED = "json.wellformed";
    static final String TYPE = "type";

    /** DIGEST §6.1: a compact JWS (the signature part may be empty only for the forbidden alg "none", reported later). */
    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern HOSTED_URL = Pattern.compile("https?://\\S+");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    static final String VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String VC1_CONTEXT = "https://www.w3.org/2018/credentials/v1";
    static final String OB2_CONTEXT = "https://w3id.org/openbadges/v2";
    static final String OB2_CONTEXT_ALIAS = "https://openbadgespec.org/v2/context.json";

    private Intake() {}

    /** Reads {@code bytes} into {@code v}; returns false (after adding a FAILED result) when nothing further can run. */
    static boolean read(Verification v, byte[] bytes) {
        String payload;
        if (startsWith(bytes, PNG_MAGIC)) {
            v.container = BadgeFormat.Container.PNG;
            payload = extract(v, bytes);
        } else {
            String text = decodeUtf8(bytes);
            String trimmed = text == null ? null : text.strip();
            if (trimmed != null && trimmed.startsWith("\uFEFF")) {
                trimmed = trimmed.substring(1).strip();
            }
            if (trimmed == null) {
                v.add(CheckResult.failed(EXTRACT, v.subject + " is neither UTF-8 text (JSON, compact JWS, SVG) nor a PNG image",
                        null));
                return false;
            } else if (trimmed.startsWith("<")) {
                v.container = BadgeFormat.Container.SVG;
                payload = extract(v, bytes);
            } else if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                v.container = BadgeFormat.Container.JSON;
                v.add(CheckResult.skipped(EXTRACT, "the input is JSON, not a baked image"));
                payload = trimmed;
            } else if (COMPACT.matcher(trimmed).matches()) {
                v.container = BadgeFormat.Container.COMPACT;
                v.add(CheckResult.skipped(EXTRACT, "the input is a compact JWS, not a baked image"));
                payload = trimmed;
            } else {
                v.add(CheckResult.failed(EXTRACT, v.subject + " is not a PNG, SVG, JSON document or compact JWS"
                        + " (starts with " + Json.quote(trimmed.substring(0, Math.min(20, trimmed.length()))) + ")", null));
                return false;
            }
        }
        if (payload == null) {
            return false;
        }
        return parse(v, payload.strip());
    }

    /** Reads an already parsed credential (an embedded endorsement). */
    static boolean readEmbedded(Verification v, JsonNode credential) {
        v.container = BadgeFormat.Container.JSON;
        v.add(CheckResult.skipped(EXTRACT, "embedded credential"));
        v.add(CheckResult.passed(WELLFORMED, "embedded credential is a JSON object"));
        v.document = credential;
        return recognise(v);
    }

    /** Reads an embedded compact VC-JWT (an {@code endorsementJwt} entry). */
    static boolean readEmbeddedJwt(Verification v, String compact) {
        v.container = BadgeFormat.Container.COMPACT;
        v.add(CheckResult.skipped(EXTRACT, "embedded VC-JWT"));
        return parse(v, compact.strip());
    }

    private static String extract(Verification v, byte[] bytes) {
        try {
            Pieces.Extracted extracted = v.settings.pieces().images().extract(bytes, v.container, v.subject);
            if (extracted.warnings().isEmpty()) {
                v.add(CheckResult.passed(EXTRACT, "found the badge payload in " + extracted.where()));
            } else {
                v.add(CheckResult.warning(EXTRACT, "found the badge payload in " + extracted.where() + ", but "
                        + String.join("; ", extracted.warnings()), null));
            }
            return extracted.payload();
        } catch (BadgeException e) {
            v.add(CheckResult.failed(EXTRACT, e.getMessage(), null));
            return null;
        }
    }

    private static boolean parse(Verification v, String payload) {
        if (HOSTED_URL.matcher(payload).matches()) {
            return hostedUrl(v, payload);
        }
        if (!payload.startsWith("{") && !payload.startsWith("[")) {
            if (!COMPACT.matcher(payload).matches()) {
                v.add(CheckResult.failed(WELLFORMED, "the payload is neither JSON nor a compact JWS (starts with "
                        + Json.quote(payload.substring(0, Math.min(20, payload.length()))) + ")", null));
                return false;
            }
            return parseCompact(v, payload);
        }
        try {
            v.document = JsonCodec.parse(v.subject, payload.getBytes(StandardCharsets.UTF_8));
        } catch (BadgeException e) {
            v.add(CheckResult.failed(WELLFORMED, e.getMessage(), null));
            return false;
        }
        if (!v.document.isObject()) {
            v.add(CheckResult.failed(WELLFORMED, "the payload is a JSON " + v.document.getNodeType().name().toLowerCase()
                    + ", expected a JSON object (a credential or assertion)", ""));
            return false;
        }
        v.add(CheckResult.passed(WELLFORMED, "the payload is a well-formed JSON object"));
        return recognise(v);
    }

    /** Pre-2013 baked images carry only the hosted assertion's URL: the assertion is looked up through the resolver. */
    private static boolean hostedUrl(Verification v, String url) {
        Fetch.Result fetched = Fetch.json(v, url);
        if (fetched.gone()) {
            v.add(CheckResult.failed(WELLFORMED, "the baked URL " + url + " answered 410 Gone: the badge was revoked", null));
            return false;
        }
        if (!fetched.ok()) {
            v.add(CheckResult.failed(WELLFORMED, "the payload is the hosted assertion URL " + fetched.problem(), null));
            return false;
        }
        v.document = fetched.json();
        v.add(CheckResult.passed(WELLFORMED, "the payload is the URL of a hosted assertion, fetched from " + url));
        return recognise(v);
    }

    private static boolean parseCompact(Verification v, String compact) {
        String[] parts = compact.split("\\.", -1);
        try {
            v.jwtHeader = decodePart(v, "header", parts[0]);
            v.jwtClaims = decodePart(v, "payload", parts[1]);
        } catch (BadgeException e) {
            v.add(CheckResult.failed(WELLFORMED, e.getMessage(), null));
            return false;
        }
        if (!v.jwtHeader.isObject() || !v.jwtClaims.isObject()) {
            v.add(CheckResult.failed(WELLFORMED, "the JWS header and payload must both be JSON objects", null));
            return false;
        }
        v.compact = compact;
        JsonNode vc = v.jwtClaims.get("vc");
        v.document = vc != null && vc.isObject() ? vc : v.jwtClaims;
        v.add(CheckResult.passed(WELLFORMED, "the compact JWS has a JSON header and a JSON payload"
                + (vc != null && vc.isObject() ? " with a 'vc' claim" : "")));
        return recognise(v);
    }

    private static JsonNode decodePart(Verification v, String name, String part) throws BadgeException {
        byte[] decoded;
        try {
            decoded = Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    "the JWS " + name + " is not base64url: " + e.getMessage());
        }
        return JsonCodec.parse("JWS " + name, decoded);
    }

    /** Decides OB 2.0 or 3.0 from @context and type; a JSON object that is neither is not a badge. */
    private static boolean recognise(Verification v) {
        JsonNode doc = v.document;
        boolean ob3 = Json.hasType(doc, "VerifiableCredential") || hasContext(doc, VC2_CONTEXT) || hasContext(doc, VC1_CONTEXT)
                || contextMatches(doc, ContextCheck.OB3_CONTEXT);
        boolean ob2 = !ob3 && (hasContext(doc, OB2_CONTEXT) || hasContext(doc, OB2_CONTEXT_ALIAS)
                || Json.hasType(doc, "Assertion"));
        boolean jws = v.compact != null;
        if (ob3) {
            v.kind = jws ? BadgeFormat.Kind.OB3_JWT : BadgeFormat.Kind.OB3_JSON;
            JsonNode first = Json.values(doc.get("@context")).stream().findFirst().orElse(null);
            String firstContext = Json.text(first);
            if (VC2_CONTEXT.equals(firstContext)) {
                v.vcVersion = "2.0";
            } else if (VC1_CONTEXT.equals(firstContext)) {
                v.vcVersion = "1.1";
            } else {
                v.vcVersion = doc.has("issuanceDate") && !doc.has("validFrom") ? "1.1" : "2.0";
            }
            return true;
        }
        if (ob2) {
            v.kind = jws ? BadgeFormat.Kind.OB2_JWS : BadgeFormat.Kind.OB2_JSON;
            return true;
        }
        v.add(CheckResult.failed(TYPE, "the JSON object is neither an OB 3.0 credential (type VerifiableCredential, VC context)"
                + " nor an OB 2.0 assertion (context " + OB2_CONTEXT + ", type Assertion)", "/type"));
        return false;
    }

    static boolean hasContext(JsonNode doc, String url) {
        return Json.values(doc.get("@context")).stream().anyMatch(c -> c.isTextual() && c.asText().equals(url));
    }

    private static boolean contextMatches(JsonNode doc, Pattern pattern) {
        return Json.values(doc.get("@context")).stream().anyMatch(c -> c.isTextual() && pattern.matcher(c.asText()).matches());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
