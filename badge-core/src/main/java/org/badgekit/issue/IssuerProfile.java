package org.badgekit.issue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.badgekit.json.JsonCodec;

/**
 * The issuer as credentials name it.
 *
 * @param id the issuer id: a DID or an https URL (OB 3.0 {@code issuer.id}, VC-JWT {@code iss})
 * @param name the organisation's name
 * @param url its web site
 * @param email its contact address
 * @param description a sentence about it, or null
 * @param imageUrl its logo's URL, or null
 */
public record IssuerProfile(String id, String name, String url, String email, String description, String imageUrl) {
    /** Checks the required components: id, name, url and email. */
    public IssuerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(email, "email");
    }

    /** The profile of a workspace's issuer. */
    public static IssuerProfile of(Workspace workspace) {
        IssuerSettings settings = workspace.settings();
        return new IssuerProfile(workspace.issuerId(), settings.name(), settings.url().toString(), settings.email(),
                settings.description(), workspace.imageUrl());
    }

    /** The OB 3.0 {@code Profile} JSON: {@code id}, {@code type: ["Profile"]}, name, url, email, description, image. */
    public ObjectNode toOb3Json() {
        ObjectNode profile = JsonCodec.mapper().createObjectNode();
        profile.put("id", id);
        profile.putArray("type").add("Profile");
        profile.put("name", name);
        profile.put("url", url);
        profile.put("email", email);
        if (description != null) {
            profile.put("description", description);
        }
        if (imageUrl != null) {
            profile.putObject("image").put("id", imageUrl).put("type", "Image");
        }
        return profile;
    }
}
