package org.badgekit.bake;

import java.util.List;
import java.util.Objects;
import org.badgekit.BadgeException;

/**
 * A badge payload as it sits in an image: its kind, the exact text, and what was odd about where it was found.
 *
 * <p>For baking, build one with {@link #detect(String)} (Open Badges version told by the content) or
 * {@link #of(PayloadKind, String)} (version chosen by the caller). Extraction returns one with the kind told by the PNG
 * keyword or SVG namespace and the payload's first character.
 *
 * @param kind version and form of the payload
 * @param payload the JSON text, compact JWS or URL, without surrounding whitespace
 * @param warnings things a strict reader would object to (legacy {@code tEXt} chunk, element not first in the SVG, ...)
 */
public record BakedPayload(PayloadKind kind, String payload, List<String> warnings) {
    public BakedPayload {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        warnings = List.copyOf(warnings);
    }

    /**
     * A payload of a known kind, checked for its form: JSON must start with <code>{</code>, a JWS must be three base64url
     * parts, a URL must be http(s).
     *
     * @throws BadgeException {@code MALFORMED_INPUT} when the text does not have the form the kind names
     */
    public static BakedPayload of(PayloadKind kind, String payload) throws BadgeException {
        Objects.requireNonNull(kind, "kind");
        String text = payload.strip();
        PayloadKind.Form form = PayloadDetector.formOf(text);
        if (form != kind.form()) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, "payload " + PayloadDetector.preview(text)
                    + " is not " + PayloadDetector.describe(kind.form()));
        }
        return new BakedPayload(kind, text, List.of());
    }

    /**
     * A payload whose Open Badges version is told by its content: a VC context, a {@code VerifiableCredential} type, or a
     * {@code vc} claim in a JWT payload means OB 3.0; anything else is OB 2.0.
     *
     * @throws BadgeException {@code MALFORMED_INPUT} when the text is neither a JSON object nor a compact JWS with a JSON
     *     payload
     */
    public static BakedPayload detect(String payload) throws BadgeException {
        return detect(payload, "payload");
    }

    /**
     * As {@link #detect(String)}, naming the payload (e.g. its file) in error messages.
     *
     * @param source what to call the payload in messages, e.g. {@code credential.json}
     */
    public static BakedPayload detect(String payload, String source) throws BadgeException {
        String text = payload.strip();
        return new BakedPayload(PayloadDetector.detect(text, source), text, List.of());
    }

    /**
     * The same payload labelled with an Open Badges version, keeping its form (to override detection).
     *
     * @param ob3 true for OB 3.0, false for OB 2.0
     * @throws IllegalArgumentException for a URL payload and OB 3.0, which has no URL form
     */
    public BakedPayload withVersion(boolean ob3) {
        return new BakedPayload(PayloadKind.of(ob3, kind.form()), payload, warnings);
    }
}
