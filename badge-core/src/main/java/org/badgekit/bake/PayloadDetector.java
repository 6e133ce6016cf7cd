package org.badgekit.bake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/** Tells the form (JSON, JWS, URL) and the Open Badges version of a payload from its text. */
final class PayloadDetector {
    /** DIGEST 6.1; the signature part may be empty so that an unsecured token is extracted and then refused by verify. */
    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private PayloadDetector() {}

    /** The form of already stripped text, or {@code null} when it is none of them. */
    static PayloadKind.Form formOf(String text) {
        if (text.startsWith("{")) {
            return PayloadKind.Form.JSON;
        }
        if (COMPACT_JWS.matcher(text).matches()) {
            return PayloadKind.Form.JWS;
        }
        if (URL.matcher(text).matches()) {
            return PayloadKind.Form.URL;
        }
        return null;
    }

    /**
     * The kind of an extracted payload whose version the container told (PNG keyword, SVG namespace).
     *
     * @param where names the chunk or element in the message
     */
    static PayloadKind classify(boolean ob3, String text, String where) throws BadgeException {
        PayloadKind.Form form = formOf(text);
        if (form == null || (ob3 && form == PayloadKind.Form.URL)) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, where + " holds " + preview(text) + ", expected "
                    + (ob3 ? "credential JSON or a compact JWS" : "assertion JSON, a compact JWS or a URL"), where, null);
        }
        return PayloadKind.of(ob3, form);
    }

    static PayloadKind detect(String text, String source) throws BadgeException {
        PayloadKind.Form form = formOf(text);
        if (form == null) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": " + preview(text)
                    + " is neither JSON (starting with '{') nor a compact JWS (three base64url parts)");
        }
        if (form == PayloadKind.Form.URL) {
            return PayloadKind.OB2_URL;
        }
        JsonNode node;
        if (form == PayloadKind.Form.JSON) {
            node = JsonCodec.parse(source, text);
        } else {
            String claims = text.substring(text.indexOf('.') + 1, text.lastIndexOf('.'));
            byte[] json;
            try {
                json = Base64.getUrlDecoder().decode(claims);
            } catch (IllegalArgumentException e) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                        source + ": the JWS payload part is not base64url: " + e.getMessage(), source, e);
            }
            node = JsonCodec.parse(source + " (JWS payload part)", json);
        }
        if (!node.isObject()) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                    source + ": JSON is a " + node.getNodeType().name().toLowerCase(Locale.ROOT)
                            + ", expected an object");
        }
        boolean ob3 = isVerifiableCredential(node) || node.path("vc").isObject();
        return PayloadKind.of(ob3, form);
    }

    private static boolean isVerifiableCredential(JsonNode node) {
        for (JsonNode context : values(node.path("@context"))) {
            String uri = context.asText("");
            if (uri.contains("/credentials/v1") || uri.contains("/credentials/v2") || uri.contains("2018/credentials")) {
                return true;
            }
        }
        for (JsonNode type : values(node.path("type"))) {
            if ("VerifiableCredential".equals(type.asText(""))) {
                return true;
            }
        }
        return false;
    }

    /** A property value as a list: the array's elements, or the single value. */
    private static Iterable<JsonNode> values(JsonNode value) {
        return value.isArray() ? value : List.of(value);
    }

    static String describe(PayloadKind.Form form) {
        switch (form) {
            case JSON:
                return "JSON (starting with '{')";
            case JWS:
                return "a compact JWS (three base64url parts)";
            default:
                return "an http(s) URL";
        }
    }

    /** The start of a text for an error message: short, one line, no control characters. */
    static String preview(String text) {
        String head = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        StringBuilder out = new StringBuilder("\"");
        for (char c : head.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return out.append('"').toString();
    }

    /** Bytes for an error message: hex and their printable ASCII. */
    static String previewBytes(byte[] bytes, int length) {
        StringBuilder hex = new StringBuilder();
        StringBuilder ascii = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            hex.append(i == 0 ? "" : " ").append(String.format("%02x", b));
            ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return length == 0 ? "is empty" : "starts with " + hex + " \"" + ascii + "\"";
    }
}
