package org.badgekit.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The headings of criteria pages and narratives in one language, read from {@code labels_xx.properties} (UTF-8). */
final class Labels {
    private final String language;
    private final Properties texts;

    private Labels(String language, Properties texts) {
        this.language = language;
        this.texts = texts;
    }

    /**
     * The labels of {@code language}.
     *
     * @throws IllegalArgumentException when the language is not one of {@link LocalizedText#LANGUAGES}
     */
    static Labels of(String language) {
        if (!LocalizedText.isSupported(language)) {
            throw new IllegalArgumentException("language '" + language + "' is not one of "
                    + String.join(", ", LocalizedText.LANGUAGES));
        }
        Properties texts = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels_" + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("labels_" + language + ".properties is missing from the jar");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Labels(language, texts);
    }

    String get(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            // a key used by the code but absent from a labels file is a bug that LabelsTest catches
            throw new IllegalStateException("labels_" + language + ".properties has no '" + key + "'");
        }
        return text;
    }

    String status(CriteriaStatus status) {
        return get("status." + status.label());
    }

    Properties all() {
        return texts;
    }
}
