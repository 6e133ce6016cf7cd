package org.badgekit.model;

/**
 * Required-property checks for the model records' compact constructors.
 *
 * <p>The failure names the JSON property, so that a reader can report it with the JSON pointer of the object it was reading
 * ("/credentialSubject/achievement/name: required property missing").
 */
public final class Require {
    private Require() {}

    /** A required property is absent, or a property holds a value that cannot stand (a null entry in a list). */
    public static final class MissingPropertyException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String property;

        MissingPropertyException(String property, String message) {
            super(property + ": " + message);
            this.property = property;
        }

        /** The JSON property name, e.g. {@code name} or {@code @context}. */
        public String property() {
            return property;
        }

        /** The problem without the property name, e.g. "required property missing". */
        public String problem() {
            return getMessage().substring(property.length() + 2);
        }
    }

    /**
     * Returns {@code value} if present.
     *
     * @throws MissingPropertyException naming {@code property} if {@code value} is null
     */
    public static <T> T present(T value, String property) {
        if (value == null) {
            throw new MissingPropertyException(property, "required property missing");
        }
        return value;
    }

    /**
     * Requires {@code value} unless {@code alternative} is present (e.g. {@code validFrom}, or {@code issuanceDate} in the
     * VC 1.1 form).
     */
    public static void presentUnless(Object value, String property, Object alternative) {
        if (value == null && alternative == null) {
            throw new MissingPropertyException(property, "required property missing");
        }
    }

    static MissingPropertyException invalid(String property, String message) {
        return new MissingPropertyException(property, message);
    }
}
