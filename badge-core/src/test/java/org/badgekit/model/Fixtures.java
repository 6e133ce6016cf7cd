package org.badgekit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The project's own test documents under {@code src/test/resources/org/badgekit/model/}. */
public final class Fixtures {
    private Fixtures() {}

    /** The bytes of {@code name}, e.g. {@code ob3/workplace-instructor-minimal.json}. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource org/badgekit/model/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
