package org.badgekit.issue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.badgekit.criteria.LocalizedText;

/**
 * Checks the values of {@link IssuerSettings}, for {@code badge init} options and for {@code issuer.yaml} alike. Each check
 * returns the problem as a sentence ending in the expectation, or null when the value is fine.
 */
final class SettingsCheck {
    private SettingsCheck() {}

    static String name(String name) {
        return name == null || name.isBlank() ? "name is empty; expected the issuing organisation's name" : null;
    }

    static String email(String email) {
        return EmailAddresses.isValid(email) ? null : "email '" + email + "' is not an e-mail address like badges@example.org";
    }

    /** An absolute http(s) URL, or null with the problem in {@code problem[0]}. */
    static URI httpUrl(String field, String text, String[] problem) {
        try {
            URI uri = new URI(text == null ? "" : text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problem[0] = field + " '" + text + "' is not an absolute http(s) URL without query or fragment, like https://example.org/";
        return null;
    }

    /** The base URL with a trailing slash, so that file names can be appended. */
    static URI withSlash(URI base) {
        String text = base.toString();
        return text.endsWith("/") ? base : URI.create(text + "/");
    }

    static String languages(List<String> languages) {
        if (languages.isEmpty()) {
            return "languages is empty; expected one or more of " + String.join(", ", LocalizedText.LANGUAGES);
        }
        for (String language : languages) {
            if (!LocalizedText.isSupported(language)) {
                return "language '" + language + "' is not one of " + String.join(", ", LocalizedText.LANGUAGES);
            }
        }
        if (languages.stream().distinct().count() != languages.size()) {
            return "languages " + languages + " names a language twice";
        }
        return null;
    }
}
