package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.bake.PayloadKind;
import org.badgekit.issue.Workspace;
import org.badgekit.json.JsonCodec;
import org.badgekit.model.ob3.Ob3SchemaValidator;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.MappedFileResolver;
import org.badgekit.sign.DataIntegrityVerifier;
import org.badgekit.sign.KeyBinding;
import org.badgekit.sign.Ob2Jws;
import org.badgekit.sign.ProofResult;
import org.badgekit.sign.VcJwt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueCommandTest {
    @TempDir
    static Path shared;
    static Path ws;

    @TempDir
    Path temp;

    @BeforeAll
    static void init() {
        ws = shared.resolve("ws");
        CliRun run = CliRun.of("init", ws.toString(), "--name", "Omnia", "--url", "https://omnia.example.fi/", "--email",
                "badges@omnia.example.fi");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private CliRun issue(String... extra) {
        String[] base = {"--workspace", ws.toString(), "issue", "--badge", "workplace-instructor", "--email", "a@example.org",
            "--allow-reissue"};
        return CliRun.of(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    @Test
    void bakesAFinnishOb3BadgeIntoAPngThatPassesTheSchemaAndVerifies() throws Exception {
        Path png = temp.resolve("a.png");
        CliRun run = issue("--bake", "png", "--lang", "fi", "--name", "Aino Äijälä", "--out", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("issued urn:uuid:").contains("a.png (baked png)").contains("(fi), OB 3.0, eddsa-rdfc-2022");
        BakedPayload payload = Baker.create().extract(png);
        assertThat(payload.kind()).isEqualTo(PayloadKind.OB3_JSON);
        ObjectNode credential = (ObjectNode) JsonCodec.parse("a.png", payload.payload());
        assertThat(Ob3SchemaValidator.create().validate(credential)).isEmpty();
        List<ProofResult> proofs = DataIntegrityVerifier.create(DocumentResolver.offline()).verify(credential);
        assertThat(proofs).singleElement().satisfies(proof -> {
            assertThat(proof.signatureValid()).as(proof.message()).isTrue();
            assertThat(proof.binding()).isEqualTo(KeyBinding.BOUND);
        });
        assertThat(credential.at("/credentialSubject/achievement/inLanguage").asText()).isEqualTo("fi");
        assertThat(credential.at("/credentialSubject/achievement/name").asText()).isEqualTo("Työpaikkaohjaaja");
        String id = credential.path("id").asText();
        assertThat(Files.readAllLines(ws.resolve("state/ledger.jsonl"))).filteredOn(line -> line.contains("\"id\":\"" + id + "\""))
                .singleElement().satisfies(line -> assertThat(line).contains("sha256$").doesNotContain("a@example.org"));
    }

    @Test
    void issuesAVcJwtThatVerifies() throws Exception {
        Path jwt = temp.resolve("b.jwt");
        CliRun run = issue("--proof", "jwt", "--valid-until", "2030-12-31", "--out", jwt.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String token = Files.readString(jwt).strip();
        assertThat(token.split("\\.")).hasSize(3);
        ProofResult result = VcJwt.verifier(DocumentResolver.offline()).verify(token);
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(VcJwt.credential(token).path("validUntil").asText()).isEqualTo("2030-12-31T23:59:59Z");
    }

    @Test
    void issuesAnOb2SignedAssertionThatVerifiesAgainstTheHostedKey() throws Exception {
        Path out = temp.resolve("c.svg");
        CliRun run = issue("--format", "ob2", "--bake", "svg", "--lang", "et", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BakedPayload payload = Baker.create().extract(out);
        assertThat(payload.kind()).isEqualTo(PayloadKind.OB2_JWS);
        Workspace workspace = Workspace.load(ws);
        Path profile = temp.resolve("issuer.json");
        Path key = temp.resolve("rsa.json");
        Files.writeString(profile, JsonCodec.writePretty(workspace.ob2Profile()), StandardCharsets.UTF_8);
        Files.writeString(key, JsonCodec.writePretty(workspace.ob2CryptographicKey()), StandardCharsets.UTF_8);
        ProofResult result = Ob2Jws.verify(payload.payload(), MappedFileResolver.of(List.of(workspace.ob2ProfileUrl() + "=" + profile,
                workspace.ob2KeyUrl() + "=" + key)));
        assertThat(result.signatureValid()).as(result.message()).isTrue();
        assertThat(result.binding()).isEqualTo(KeyBinding.BOUND);
    }

    @Test
    void writesTheEvidenceFileDigestAndAPlainRecipientWhenAsked() throws Exception {
        Path evidence = temp.resolve("portfolio.pdf");
        Files.writeString(evidence, "portfolio");
        Path out = temp.resolve("d.json");
        CliRun run = issue("--plain", "--evidence-file", evidence.toString(), "--evidence-narrative", "Guided three students.",
                "--out", out.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JsonCodec.parse("out", run.out()).path("recipientHash").asText()).isEqualTo("a@example.org");
        ObjectNode credential = (ObjectNode) JsonCodec.parse("d.json", Files.readString(out));
        assertThat(credential.at("/evidence/0/id").asText()).startsWith("ni:///sha-256;");
        assertThat(credential.at("/evidence/0/name").asText()).isEqualTo("portfolio.pdf");
        assertThat(Ob3SchemaValidator.create().validate(credential)).isEmpty();
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path out = temp.resolve("e.json");
        Files.writeString(out, "keep me");
        CliRun run = issue("--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("already exists; pass --force");
        assertThat(Files.readString(out)).isEqualTo("keep me");
        assertThat(issue("--out", out.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(out)).contains("OpenBadgeCredential");
    }

    @Test
    void anUnknownBadgeIsOneLineWithExitThreeAndNoFile() {
        Path out = temp.resolve("f.json");
        CliRun run = CliRun.of("--workspace", ws.toString(), "issue", "--badge", "nope", "--email", "a@example.org", "--out",
                out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err().strip()).contains("'nope'").doesNotContain("\n").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMalformedEmailIsAUsageError() {
        Path out = temp.resolve("g.json");
        CliRun run = CliRun.of("--workspace", ws.toString(), "issue", "--badge", "workplace-instructor", "--email", "a@@example",
                "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().strip()).contains("'a@@example'").doesNotContain("\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnwritableOutputIsRefusedBeforeSigning() throws Exception {
        Path out = temp.resolve("missing-folder/h.json");
        long ledgerLines = Files.readAllLines(ws.resolve("state/ledger.jsonl")).size();
        CliRun run = issue("--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err().strip()).contains("cannot write").contains("does not exist").doesNotContain("\n");
        assertThat(Files.readAllLines(ws.resolve("state/ledger.jsonl"))).hasSize((int) ledgerLines);
    }

    @Test
    void aMissingKeyFileIsAKeyErrorWithExitFour() throws Exception {
        Path broken = copyWorkspace(temp.resolve("broken"));
        Files.delete(broken.resolve("keys/ed25519.pem"));
        Path out = temp.resolve("i.json");
        CliRun run = CliRun.of("--workspace", broken.toString(), "issue", "--badge", "workplace-instructor", "--email",
                "a@example.org", "--out", out.toString(), "--allow-reissue");
        assertThat(run.exitCode()).isEqualTo(ExitCode.KEY);
        assertThat(run.err().strip()).contains("ed25519.pem does not exist").doesNotContain("\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aWrongPassphraseIsAKeyErrorWithExitFour() throws Exception {
        Path passphrase = temp.resolve("pass.txt");
        Files.writeString(passphrase, "right\n");
        Path locked = temp.resolve("locked");
        assertThat(CliRun.of("init", locked.toString(), "--passphrase-file", passphrase.toString()).exitCode()).isZero();
        Path wrong = temp.resolve("wrong.txt");
        Files.writeString(wrong, "wrong\n");
        Path out = temp.resolve("j.json");
        CliRun run = CliRun.of("--workspace", locked.toString(), "issue", "--badge", "workplace-instructor", "--email",
                "a@example.org", "--passphrase-file", wrong.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.KEY);
        assertThat(run.err().strip()).contains("passphrase").doesNotContain("\n");
        assertThat(out).doesNotExist();
        CliRun none = CliRun.of("--workspace", locked.toString(), "issue", "--badge", "workplace-instructor", "--email",
                "a@example.org", "--out", out.toString(), "--allow-reissue");
        assertThat(none.exitCode()).isEqualTo(ExitCode.KEY);
        assertThat(none.err()).contains("--passphrase-file");
        CliRun right = CliRun.of("--workspace", locked.toString(), "issue", "--badge", "workplace-instructor", "--email",
                "a@example.org", "--passphrase-file", passphrase.toString(), "--out", out.toString());
        assertThat(right.exitCode()).as(right.err()).isZero();
    }

    @Test
    void withoutAWorkspaceItIssuesFromTheDemoWorkspaceAndSaysSo() throws Exception {
        String previous = System.getProperty("badge.home");
        System.setProperty("badge.home", temp.resolve("home").toString());
        try {
            Path out = temp.resolve("demo.png");
            CliRun run = CliRun.of("issue", "--badge", "learning-ambassador", "--email", "a@example.org", "--bake", "png", "--out",
                    out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("using the DEMO workspace at " + temp.resolve("home").resolve("demo"))
                    .contains("run 'badge init' for your own");
            ObjectNode credential = (ObjectNode) JsonCodec.parse("demo", Baker.create().extract(out).payload());
            assertThat(credential.at("/issuer/name").asText()).contains("DEMO");
            assertThat(temp.resolve("home/demo/issuer.yaml")).isRegularFile();
        } finally {
            if (previous == null) {
                System.clearProperty("badge.home");
            } else {
                System.setProperty("badge.home", previous);
            }
        }
    }

    @Test
    void leavesNoTempFilesBehind() throws Exception {
        assertThat(issue("--out", temp.resolve("k.json").toString()).exitCode()).isZero();
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(path -> path.getFileName().toString())).allMatch(name -> !name.endsWith(".tmp"));
        }
    }

    private static Path copyWorkspace(Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(ws)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(ws.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.getFileName().toString().endsWith(".lock")) {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }

    @Test
    void bakesIntoTheGivenImageAndRefusesAFormatMismatch() throws Exception {
        Path picture = temp.resolve("own.svg");
        Files.writeString(picture, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><circle r=\"4\"/></svg>");
        Path out = temp.resolve("own-baked.svg");
        CliRun run = issue("--image", picture.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("<circle r=\"4\"/>").contains("https://purl.imsglobal.org/ob/v3p0");
        CliRun mismatch = issue("--image", picture.toString(), "--bake", "png", "--out", temp.resolve("x.png").toString());
        assertThat(mismatch.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(mismatch.err()).contains("--bake png");
    }

    @Test
    void issuesAnOb2HostedAssertionWhoseIdIsItsUrl() throws Exception {
        Path out = temp.resolve("hosted.json");
        CliRun run = issue("--format", "ob2", "--proof", "hosted", "--out", out.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        ObjectNode assertion = (ObjectNode) JsonCodec.parse("hosted", Files.readString(out));
        assertThat(assertion.path("id").asText()).startsWith("https://omnia.example.fi/assertions/").endsWith(".json");
        assertThat(assertion.at("/verification/type").asText()).isEqualTo("HostedBadge");
        assertThat(JsonCodec.parse("out", run.out()).path("id").asText()).isEqualTo(assertion.path("id").asText());
    }

    @Test
    void badgeVerifyAcceptsWhatBadgeIssueWroteInEveryOb3Form() throws Exception {
        for (String[] form : new String[][] {{"--bake", "png"}, {"--bake", "svg"}, {"--proof", "jwt"}, {"--proof", "jwt", "--bake", "png"}}) {
            Path out = temp.resolve("verify-" + String.join("-", form).replace("--", "") + ".out");
            CliRun issued = issue(Stream.concat(Stream.of(form), Stream.of("--out", out.toString())).toArray(String[]::new));
            assertThat(issued.exitCode()).as(issued.err()).isZero();
            CliRun verified = CliRun.of("verify", out.toString(), "--recipient", "a@example.org", "--json");
            assertThat(verified.exitCode()).as(String.join(" ", form) + ": " + verified.out()).isZero();
            JsonNode report = JsonCodec.parse("verify", verified.out()).path("files").path(0);
            assertThat(report.path("valid").asBoolean()).isTrue();
            assertThat(report.path("checks")).anySatisfy(check -> {
                assertThat(check.path("id").asText()).isEqualTo("recipient");
                assertThat(check.path("outcome").asText()).isEqualTo("PASSED");
            });
            assertThat(report.path("checks")).anySatisfy(check -> {
                assertThat(check.path("id").asText()).isEqualTo("proof.key-binding");
                assertThat(check.path("outcome").asText()).isEqualTo("PASSED");
            });
        }
    }

    @Test
    void refusesASecondCopyOfTheSameBadgeUnlessAskedTo() throws Exception {
        Path fresh = temp.resolve("fresh");
        assertThat(CliRun.of("init", fresh.toString()).exitCode()).isZero();
        String[] args = {"--workspace", fresh.toString(), "issue", "--badge", "learning-ambassador", "--email", "Twice@Example.org",
            "--out"};
        CliRun first = CliRun.of(Stream.concat(Stream.of(args), Stream.of(temp.resolve("1.json").toString())).toArray(String[]::new));
        assertThat(first.exitCode()).as(first.err()).isZero();
        CliRun second = CliRun.of(Stream.concat(Stream.of(args), Stream.of(temp.resolve("2.json").toString())).toArray(String[]::new));
        assertThat(second.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(second.err().strip()).contains("Twice@Example.org already has badge learning-ambassador").contains("--allow-reissue")
                .doesNotContain("\n");
        assertThat(temp.resolve("2.json")).doesNotExist();
        CliRun other = CliRun.of("--workspace", fresh.toString(), "issue", "--badge", "workplace-instructor", "--email",
                "twice@example.org", "--out", temp.resolve("3.json").toString());
        assertThat(other.exitCode()).as("another badge is fine").isZero();
        CliRun again = CliRun.of(Stream.concat(Stream.of(args), Stream.of(temp.resolve("4.json").toString(), "--allow-reissue"))
                .toArray(String[]::new));
        assertThat(again.exitCode()).as(again.err()).isZero();
    }

    @Test
    void acceptsWorkspaceAfterTheSubcommandToo() throws Exception {
        CliRun run = CliRun.of("issue", "--workspace", ws.toString(), "--badge", "workplace-instructor", "--email", "a@example.org",
                "--allow-reissue", "--out", temp.resolve("after.json").toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("DEMO");
        assertThat(JsonCodec.parse("out", run.out()).path("issuer").asText()).isEqualTo(Workspace.load(ws).issuerId());
    }
}
