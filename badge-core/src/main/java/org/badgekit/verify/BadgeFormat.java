package org.badgekit.verify;

import java.util.Objects;

/**
 * What a verified file turned out to be: the container it came in, the Open Badges version and encoding of its payload, and
 * for OB 3.0 the Verifiable Credentials data model form.
 *
 * @param container how the payload was carried
 * @param kind the payload's version and encoding
 * @param vcVersion {@code "2.0"} or {@code "1.1"} for OB 3.0 credentials, {@code null} for OB 2.0 or unknown
 */
public record BadgeFormat(Container container, Kind kind, String vcVersion) {
    /** How the payload was carried. */
    public enum Container {
        /** A JSON file. */
        JSON,
        /** A text file holding a compact JWS or JWT. */
        COMPACT,
        /** A baked PNG ({@code iTXt} chunk). */
        PNG,
        /** A baked SVG ({@code openbadges:} element). */
        SVG,
        /** Not recognised. */
        UNKNOWN
    }

    /** The payload's Open Badges version and encoding. */
    public enum Kind {
        /** OB 2.0 assertion as JSON (hosted or embedded). */
        OB2_JSON,
        /** OB 2.0 signed assertion (compact JWS). */
        OB2_JWS,
        /** OB 3.0 credential with embedded proof (or none). */
        OB3_JSON,
        /** OB 3.0 credential as VC-JWT. */
        OB3_JWT,
        /** Not an Open Badge, or not readable. */
        UNKNOWN
    }

    /** A file that is not a badge at all. */
    public static final BadgeFormat UNKNOWN = new BadgeFormat(Container.UNKNOWN, Kind.UNKNOWN, null);

    /** Checks that container and kind are given. */
    public BadgeFormat {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(kind, "kind");
    }

    /** True when the payload was recognised as an Open Badge of some version. */
    public boolean recognized() {
        return kind != Kind.UNKNOWN;
    }

    /** True for OB 2.0 payloads. */
    public boolean ob2() {
        return kind == Kind.OB2_JSON || kind == Kind.OB2_JWS;
    }

    /** True for OB 3.0 payloads. */
    public boolean ob3() {
        return kind == Kind.OB3_JSON || kind == Kind.OB3_JWT;
    }

    /**
     * A stable token for programs: {@code ob3.vc2.json}, {@code ob3.vc1.jwt}, {@code ob2.json}, {@code ob2.jws}, with
     * {@code +png} / {@code +svg} when baked, or {@code unknown}.
     */
    public String id() {
        if (!recognized()) {
            return container == Container.PNG || container == Container.SVG ? "unknown+" + suffix() : "unknown";
        }
        StringBuilder id = new StringBuilder(ob2() ? "ob2" : "ob3");
        if (ob3() && vcVersion != null) {
            id.append(".vc").append(vcVersion.startsWith("2") ? "2" : "1");
        }
        id.append(switch (kind) {
            case OB2_JSON, OB3_JSON -> ".json";
            case OB2_JWS -> ".jws";
            case OB3_JWT -> ".jwt";
            case UNKNOWN -> "";
        });
        if (container == Container.PNG || container == Container.SVG) {
            id.append('+').append(suffix());
        }
        return id.toString();
    }

    /** A phrase for people, e.g. "Open Badges 3.0 (VC 2.0), embedded proof, baked in a PNG". */
    public String describe() {
        if (!recognized()) {
            return "not an Open Badge";
        }
        StringBuilder text = new StringBuilder(ob2() ? "Open Badges 2.0" : "Open Badges 3.0");
        if (ob3() && vcVersion != null) {
            text.append(" (VC ").append(vcVersion).append(')');
        }
        text.append(switch (kind) {
            case OB2_JSON -> ", assertion JSON";
            case OB2_JWS -> ", signed assertion (JWS)";
            case OB3_JSON -> ", embedded proof";
            case OB3_JWT -> ", VC-JWT";
            case UNKNOWN -> "";
        });
        if (container == Container.PNG || container == Container.SVG) {
            text.append(", baked in ").append(container == Container.PNG ? "a PNG" : "an SVG");
        }
        return text.toString();
    }

    private String suffix() {
        return container == Container.PNG ? "png" : "svg";
    }

    @Override
    public String toString() {
        return id();
    }
}
