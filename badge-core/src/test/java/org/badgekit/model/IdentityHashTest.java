package org.badgekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityHashTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void hashesAnUnsaltedIdentityLikeTheSpecExample() {
        assertThat(IdentityHash.sha256("mayze", null))
                .isEqualTo("sha256$7a1a1b3f7d40552e4299180e346e3add12bf9a751a43d9c4ca4518febc2c60c6");
    }

    @Test
    void hashesIdentityThenSaltLikeThe1EdTechValidatorTests() {
        assertThat(IdentityHash.sha256("nobody@example.org", "deadsea"))
                .isEqualTo("sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942");
    }

    @Test
    void hashesTheOb3SpecExample() {
        assertThat(IdentityHash.sha256("a@example.com", "Kosher"))
                .isEqualTo("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399");
    }

    @Test
    void matchesTheSpecExamplesAndRejectsOtherIdentities() {
        assertThat(IdentityHash.matches(
                "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399", "Kosher", "a@example.com")).isTrue();
        assertThat(IdentityHash.matches(
                "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399", "Kosher", "b@example.com")).isFalse();
        assertThat(IdentityHash.matches(
                "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399", "kosher", "a@example.com")).isFalse();
    }

    @Test
    void comparesTheHexDigestIgnoringCaseAndTheAlgorithmPrefixIgnoringCase() {
        assertThat(IdentityHash.matches(
                "SHA256$ECF5409F3F4B91AB60CC5EF4C02AEF7032354375E70CF4D8E43F6A1D29891942", "deadsea", "nobody@example.org"))
                .isTrue();
    }

    @Test
    void matchesACandidateTypedWithCapitalsAndSpacesAgainstALowerCasedHash() {
        String hash = IdentityHash.sha256("nobody@example.org", "deadsea");
        assertThat(IdentityHash.matches(hash, "deadsea", "  Nobody@Example.ORG ")).isTrue();
    }

    @Test
    void matchesACandidateAsTypedWhenTheIssuerHashedItWithCapitals() {
        String hash = IdentityHash.sha256("Nobody@Example.org", "s");
        assertThat(IdentityHash.matches(hash, "s", "Nobody@Example.org")).isTrue();
    }

    @Test
    void acceptsMd5HashesForOb2Verification() {
        // md5("nobody@example.orgdeadsea"), computed independently with coreutils md5sum
        String hash = "md5$df7f6ab472edfcaf9040a8bbdee36400";
        assertThat(IdentityHash.Algorithm.of(hash)).contains(IdentityHash.Algorithm.MD5);
        assertThat(IdentityHash.hash(IdentityHash.Algorithm.MD5, "nobody@example.org", "deadsea")).isEqualTo(hash);
        assertThat(IdentityHash.matches(hash, "deadsea", "nobody@example.org")).isTrue();
    }

    @Test
    void refusesUnknownAlgorithmsAndMalformedDigests() {
        assertThat(IdentityHash.matches("sha1$abcdef", null, "mayze")).isFalse();
        assertThat(IdentityHash.matches("sha256$not-hex", null, "mayze")).isFalse();
        assertThat(IdentityHash.matches("mayze", null, "mayze")).isFalse();
    }

    @Test
    void hashesAnEmailWithAFreshSixteenByteSaltEveryTime() {
        Set<String> salts = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            IdentityHash.Salted salted = IdentityHash.hashEmail(" Learner@Example.ORG", random);
            assertThat(salted.salt()).matches("[0-9a-f]{32}");
            assertThat(salted.identityHash()).matches("sha256\\$[0-9a-f]{64}");
            assertThat(salted.identityHash()).isEqualTo(IdentityHash.sha256("learner@example.org", salted.salt()));
            assertThat(IdentityHash.matches(salted.identityHash(), salted.salt(), "learner@example.org")).isTrue();
            salts.add(salted.salt());
        }
        assertThat(salts).hasSize(50);
    }
}
