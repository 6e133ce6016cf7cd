package org.badgekit.issue;

import java.net.URI;
import java.util.List;

/** Workspace settings for tests. */
final class Workspaces {
    private Workspaces() {}

    static IssuerSettings settings(DidMethod did) {
        return new IssuerSettings("Example Vocational College", URI.create("https://college.example.org/"), "badges@college.example.org",
                "Vocational education in four countries.", null, List.of("en", "fi", "et", "lv", "nl"), did,
                URI.create("https://issuer.example.org/badges/"), false);
    }
}
