package org.badgekit.bake;

/**
 * What a baked image carries: the Open Badges version (told by the PNG keyword or the SVG namespace) and the form of the
 * payload (told by its first character: JSON starts with <code>{</code>, a compact JWS is three base64url parts).
 */
public enum PayloadKind {
    /** OB 2.0 assertion JSON (a hosted assertion). */
    OB2_JSON(false, Form.JSON),
    /** OB 2.0 signed assertion as a compact JWS. */
    OB2_JWS(false, Form.JWS),
    /** OB 2.0 (or older) hosted-assertion URL, as pre-2013 bakers wrote it; extraction only. */
    OB2_URL(false, Form.URL),
    /** OB 3.0 credential JSON with an embedded proof (or unsigned). */
    OB3_JSON(true, Form.JSON),
    /** OB 3.0 VC-JWT as a compact JWS. */
    OB3_JWT(true, Form.JWS);

    /** The shape of the payload text, independent of the Open Badges version. */
    public enum Form {
        /** A JSON object. */
        JSON,
        /** A compact JWS: {@code header.payload.signature}, base64url. */
        JWS,
        /** An http(s) URL of a hosted assertion. */
        URL
    }

    private final boolean ob3;
    private final Form form;

    PayloadKind(boolean ob3, Form form) {
        this.ob3 = ob3;
        this.form = form;
    }

    /** True for Open Badges 3.0, false for 2.0. */
    public boolean isOb3() {
        return ob3;
    }

    /** The shape of the payload text. */
    public Form form() {
        return form;
    }

    /**
     * The kind for a version and a form.
     *
     * @throws IllegalArgumentException for OB 3.0 with a URL, which OB 3.0 does not define
     */
    public static PayloadKind of(boolean ob3, Form form) {
        for (PayloadKind kind : values()) {
            if (kind.ob3 == ob3 && kind.form == form) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Open Badges 3.0 has no " + form + " payload");
    }
}
