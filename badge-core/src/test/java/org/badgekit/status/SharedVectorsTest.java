package org.badgekit.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.MappedFileResolver;
import org.badgekit.resolve.ResolvedDocument;
import org.badgekit.testing.SharedSpec;
import org.junit.jupiter.api.Test;

/** The 1EdTech validator's status samples and the OB 2.0 spec's RevocationList example, from {@code ../shared/spec}. */
class SharedVectorsTest {
    private static final String TEST_LIST_URL = "https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/"
            + "refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void the1EdTechTestListDecodesToSixteenKibibytesWithOnlyBit23Set() throws Exception {
        JsonNode list = JsonCodec.parse("testlist",
                Files.readAllBytes(SharedSpec.spec("examples/ob30/validator/bit-string-list/testlist")));
        Bitstring bits = Bitstring.decode(list.get("credentialSubject").get("encodedList").asText());
        assertThat(bits.size()).isEqualTo(16_384 * 8);
        assertThat(bits.cardinality()).isEqualTo(1);
        assertThat(bits.get(23)).isTrue();
        assertThat(bits.toByteArray()[2] & 0xff).isEqualTo(0x01);
    }

    @Test
    void the1EdTechRevokedCredentialIsReportedRevokedAtIndex23() throws Exception {
        Path folder = SharedSpec.spec("examples/ob30/validator/bit-string-list");
        DocumentResolver resolver = MappedFileResolver.of(List.of(TEST_LIST_URL + "=" + folder.resolve("testlist")));
        for (String sample : List.of("credential-status-revoked.json", "credential-status-revoked-blank-nodes.json")) {
            JsonNode credential = JsonCodec.parse(sample, Files.readAllBytes(folder.resolve(sample)));
            assertThat(credential.get("credentialStatus").get("statusListIndex").asInt()).isEqualTo(23);
            List<StatusResult> results = StatusChecker.of(resolver, CLOCK).check(credential);
            assertThat(results).hasSize(1);
            StatusResult result = results.get(0);
            assertThat(result.state()).as(sample + ": " + result.message()).isEqualTo(StatusResult.State.REVOKED);
            assertThat(result.listIssuedBy("https://1edtech.edu/issuers/565049")).isTrue();
            assertThat(result.listCredential().get("proof").get(0).get("cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        }
    }

    @Test
    void neighbouringIndexesOfThe1EdTechTestListAreNotRevoked() throws Exception {
        Path folder = SharedSpec.spec("examples/ob30/validator/bit-string-list");
        DocumentResolver resolver = MappedFileResolver.of(List.of(TEST_LIST_URL + "=" + folder.resolve("testlist")));
        JsonNode credential = JsonCodec.parse("c", Files.readAllBytes(folder.resolve("credential-status-revoked.json")));
        for (int index : new int[] {0, 22, 24, 131_071}) {
            ((ObjectNode) credential.get("credentialStatus"))
                    .put("statusListIndex", Integer.toString(index));
            assertThat(StatusChecker.of(resolver, CLOCK).check(credential).get(0).state())
                    .isEqualTo(StatusResult.State.NOT_REVOKED);
        }
    }

    @Test
    void theOfflineCheckOfThe1EdTechRevocationListSampleIsUnknownNotValid() throws Exception {
        Path file = SharedSpec.spec("examples/ob30/validator/credential-status-revoked.json");
        JsonNode credential = JsonCodec.parse("c", Files.readAllBytes(file));
        List<StatusResult> results = StatusChecker.of(DocumentResolver.offline(), CLOCK).check(credential);
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.type()).isEqualTo("1EdTechRevocationList");
            assertThat(result.state()).isEqualTo(StatusResult.State.UNKNOWN);
            assertThat(result.message()).contains("could not be retrieved");
        });
    }

    @Test
    void theOb2SpecRevocationListExampleAnswersForEachEntryShape() throws Exception {
        Path file = SharedSpec.spec("examples/ob20/spec/RevocationList.json");
        byte[] content = Files.readAllBytes(file);
        String url = "https://example.org/revocationList.json";
        DocumentResolver resolver = uri -> uri.equals(URI.create(url))
                ? Optional.of(ResolvedDocument.of(uri, content, "application/ld+json")) : Optional.empty();
        StatusChecker checker = StatusChecker.of(resolver, CLOCK);
        String issuer = "https://example.org/issuer";
        assertThat(checker.checkOb2(url, "urn:uuid:3c574c87-b96f-4f06-8eb5-68a29335b60e", null, issuer).state())
                .isEqualTo(StatusResult.State.REVOKED);
        assertThat(checker.checkOb2(url, "urn:uuid:e79a6c18-787e-4868-8e65-e6a4530fb418", null, issuer).reason())
                .isEqualTo("Honor code violation");
        assertThat(checker.checkOb2(url, null, "abc123", issuer).reason()).isEqualTo("Issued in error.");
        assertThat(checker.checkOb2(url, "urn:uuid:00000000-0000-4000-8000-000000000000", null, issuer).state())
                .isEqualTo(StatusResult.State.NOT_REVOKED);
    }
}
