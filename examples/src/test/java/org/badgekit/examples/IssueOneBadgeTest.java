package org.badgekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.badgekit.bake.Baker;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.sign.DataIntegrityVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueOneBadgeTest {
    @TempDir
    Path temp;

    @Test
    void theExampleBakesAVerifiableFinnishBadge() throws Exception {
        Path png = IssueOneBadge.run(temp);
        ObjectNode credential = (ObjectNode) JsonCodec.parse("png", Baker.create().extract(png).payload());
        assertThat(credential.at("/credentialSubject/achievement/inLanguage").asText()).isEqualTo("fi");
        assertThat(DataIntegrityVerifier.create(DocumentResolver.offline()).verify(credential))
                .singleElement().satisfies(proof -> assertThat(proof.signatureValid()).as(proof.message()).isTrue());
        assertThat(IssueOneBadge.run(temp)).as("a second run reuses the workspace").isEqualTo(png);
    }
}
