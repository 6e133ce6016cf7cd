package org.badgekit.revoke;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.badgekit.BadgeException;
import org.badgekit.bake.Baker;
import org.badgekit.json.JsonCodec;
import org.badgekit.sign.VcJwt;

/** Reads the badge out of a file a coordinator names: a baked PNG or SVG, a credential/assertion JSON, or a compact JWS. */
final class BadgeFiles {
    /** Larger files are not badges; refuse before reading them into memory. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private BadgeFiles() {}

    /**
     * The badge document in {@code file}: the JSON itself, a VC-JWT's credential, an OB 2.0 JWS's assertion. Signatures are not
     * checked: revocation needs only the id and the status entries, and the issuer's own state decides the rest.
     *
     * @throws BadgeException {@code NOT_FOUND}, {@code MALFORMED_INPUT} or {@code LIMIT_EXCEEDED} naming the file
     */
    static JsonNode read(Path file) throws BadgeException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, file + ": larger than " + MAX_BYTES
                        + " bytes, which no badge file is", file.toString(), null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        }
        String text;
        if (bytes.length > 0 && (bytes[0] & 0xff) == 0x89 || startsWithMarkup(bytes)) {
            text = Baker.create().extract(file).payload();
        } else {
            text = new String(bytes, StandardCharsets.UTF_8).strip();
        }
        return parsePayload(text, file.toString());
    }

    /** A JSON document or a compact JWS/JWT, decoded without verification. */
    static JsonNode parsePayload(String text, String source) throws BadgeException {
        String trimmed = text.strip();
        if (trimmed.startsWith("\uFEFF")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.startsWith("{")) {
            return JsonCodec.parse(source, trimmed);
        }
        String[] parts = trimmed.split("\\.", -1);
        if (parts.length != 3) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": expected a badge (credential JSON, "
                    + "compact JWS/JWT, or a baked PNG/SVG)", source, null);
        }
        JsonNode payload;
        try {
            payload = JsonCodec.parse(source + " (JWS payload)", Base64.getUrlDecoder().decode(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, source + ": the JWS payload is not base64url", source,
                    e);
        }
        if (payload.has("vc") || payload.has("credentialSubject")) {
            return VcJwt.credential(trimmed);
        }
        return payload;
    }

    private static boolean startsWithMarkup(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '<') {
                return true;
            }
            if (!Character.isWhitespace(b) && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB && (b & 0xff) != 0xBF) {
                return false;
            }
        }
        return false;
    }
}
