package org.badgekit.issue;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What a coordinator states about the issuer in {@code issuer.yaml}.
 *
 * @param name the organisation's name, shown to every recipient and verifier
 * @param url the organisation's web site (http or https)
 * @param email the issuer's contact address (OB 2.0 requires one on an issuer Profile)
 * @param description a sentence about the issuer, or null
 * @param image the issuer's logo: an http(s) URL, or a file inside the workspace that is published under the base URL; or null
 * @param languages the languages badges are issued in, the default first (each one of en, fi, et, lv, nl)
 * @param didMethod how the issuer is identified
 * @param baseUrl where the workspace's public files (issuer profile, keys, status lists) are hosted; ends with {@code /}
 * @param keysEncrypted whether the private keys in {@code keys/} are passphrase-encrypted
 */
public record IssuerSettings(String name, URI url, String email, String description, String image, List<String> languages,
        DidMethod didMethod, URI baseUrl, boolean keysEncrypted) {

    /** Checks the required components and copies the languages, which must not be empty. */
    public IssuerSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(email, "email");
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("languages is empty");
        }
        Objects.requireNonNull(didMethod, "didMethod");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** The default language: the first of {@link #languages()}. */
    public String defaultLanguage() {
        return languages.get(0);
    }

    /** The same settings with another value of {@code keysEncrypted}. */
    public IssuerSettings withKeysEncrypted(boolean encrypted) {
        return new IssuerSettings(name, url, email, description, image, languages, didMethod, baseUrl, encrypted);
    }

    /** The same settings with another image. */
    public IssuerSettings withImage(String newImage) {
        return new IssuerSettings(name, url, email, description, newImage, languages, didMethod, baseUrl, keysEncrypted);
    }
}
