package org.badgekit.criteria;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One human-readable text in every language of the project, keyed by language code ({@code en}, {@code fi}, ...).
 *
 * @param texts language code to text, in the order the file gives them
 */
public record LocalizedText(Map<String, String> texts) {
    /** The languages every text must have: English, Finnish, Estonian, Latvian and Dutch. */
    public static final List<String> LANGUAGES = List.of("en", "fi", "et", "lv", "nl");

    public LocalizedText {
        Objects.requireNonNull(texts, "texts");
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /**
     * The text in {@code language}.
     *
     * @throws IllegalArgumentException naming the language when this text has none in it
     */
    public String get(String language) {
        String text = texts.get(language);
        if (text == null) {
            throw new IllegalArgumentException("no text in language '" + language + "'; expected one of " + texts.keySet());
        }
        return text;
    }

    /** True when {@code language} is one of {@link #LANGUAGES}. */
    public static boolean isSupported(String language) {
        return LANGUAGES.contains(language);
    }
}
