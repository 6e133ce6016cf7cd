package org.badgekit.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BundledContextsTest {
    /** The pinned SHA-256 of every bundled context (the same values as contexts/index.tsv and badge-core/NOTICE). */
    static final Map<String, String> PINNED = Map.ofEntries(
            Map.entry("https://www.w3.org/2018/credentials/v1", "00d7dd6d3ad8b920e3e550dd3a3d9090bffcac84cdbf943da6924b3e0a5c8bb8"),
            Map.entry("https://www.w3.org/ns/credentials/v2", "8a9f494a89ecc51db093e90e84713e07e84d6d9204364a9b3c7868b21751236f"),
            Map.entry("https://www.w3.org/ns/credentials/status/v1", "fd08cbf28ddd829ab2f1978c48f43ab07a112c1c90245a0cfac7ba721c65170c"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context.json", "9f1c8f9f361ba2994b9b50701f41149919542c50c7b7455b2846d87959295d72"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "af095468326d3449160509b26ca71576e6321d13c85b0369cfe3b654c9a48fba"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "00666ad080ba407687ed1846b7f5e7495f5019042b202a727de47c48a1755c53"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ef2fa9c7846dce233cc166b43639027278be4ee44f00bb1d45c75de2dd0cd761"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "2d013f981d1f4516081a6a04e55468ba2b071d4153b794f19a79715c45a89a5e"),
            Map.entry("https://w3id.org/openbadges/v2", "a5460e3796502599c5896e3f45111c9ca3701c7cfbf1d8812cb01ffe2ad162c7"),
            Map.entry("https://openbadgespec.org/v2/context.json", "a5460e3796502599c5896e3f45111c9ca3701c7cfbf1d8812cb01ffe2ad162c7"),
            Map.entry("https://w3id.org/security/data-integrity/v1", "b5d829bd09aa7c42abc6efa0c8ed7635313b5487f37ccfce3ecd149ca9418554"),
            Map.entry("https://w3id.org/security/data-integrity/v2", "0f77743daf5b4e8fc067fc5ba5b21044283053aa717fc6b0219843bed3b00363"),
            Map.entry("https://w3id.org/security/multikey/v1", "c5f3806f8286920573221938917988a18a4cc5a09e968d29649613c7a1c2b1f6"),
            Map.entry("https://w3id.org/security/jwk/v1", "0f14b62f6071aafe00df265770ea0c7508e118247d79b7d861a406d2aa00bece"),
            Map.entry("https://w3id.org/security/suites/ed25519-2020/v1", "b9e1ab971fd8bf2c7553e0c4a9438e0b9450afde1ea1ca5b2492368b9f549588"),
            Map.entry("https://www.w3.org/ns/did/v1", "62c1054bf404d6dd3a4b26b64f830fd72095f6a26edc4469908c94351352ce5f"),
            Map.entry("https://w3id.org/security/v1", "abaf97e107d1925503c433dcaf3ffd2831697cacc1ed2a293e1bc8030d5bcb47"),
            Map.entry("https://w3id.org/security/v2", "611bd81151d5efe53ec9aed78f5a813e577287bc9451ee26d6879b1b8b46bc3b"));

    static Iterable<String> urls() {
        return PINNED.keySet();
    }

    @ParameterizedTest
    @MethodSource("urls")
    void eachBundledContextHasItsPinnedHash(String url) {
        byte[] bytes = BundledContexts.instance().bytes(url).orElseThrow();
        assertThat(BundledContexts.sha256Hex(bytes)).isEqualTo(PINNED.get(url));
        assertThat(BundledContexts.instance().entry(url).orElseThrow().sha256()).isEqualTo(PINNED.get(url));
    }

    @ParameterizedTest
    @MethodSource("urls")
    void eachBundledContextIsServedByTheOfflineLoader(String url) throws Exception {
        OfflineDocumentLoader loader = new OfflineDocumentLoader(BundledContexts.instance(),
                org.badgekit.resolve.DocumentResolver.offline());
        assertThat(loader.loadDocument(java.net.URI.create(url), null).getJsonContent()).isPresent();
    }

    @Test
    void exactlyThePinnedUrlsAreBundled() {
        assertThat(BundledContexts.instance().urls()).containsExactlyInAnyOrderElementsOf(PINNED.keySet());
    }
}
