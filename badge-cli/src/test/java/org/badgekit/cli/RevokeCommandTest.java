package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevokeCommandTest {
    @TempDir
    Path temp;

    private String ws;

    @BeforeEach
    void initAndIssue() {
        ws = temp.resolve("ws").toString();
        CliRun init = CliRun.of("init", ws, "--name", "Omnia", "--email", "badges@omnia.example", "--did", "web",
                "--base-url", "https://badges.omnia.example/");
        assertThat(init.exitCode()).as(init.err()).isZero();
        issue("aino@example.org", "aino.json");
        issue("kalle@example.org", "kalle.png", "--bake", "png");
        issue("liis@example.org", "liis.json", "--format", "ob2", "--proof", "hosted");
    }

    @Test
    void revokesABakedBadgeOnceAndSaysAlreadyRevokedTheSecondTime() {
        String png = temp.resolve("kalle.png").toString();
        CliRun first = CliRun.of("revoke", png, "--reason", "assessment withdrawn", "--workspace", ws);
        CliRun second = CliRun.of("revoke", png, "--workspace", ws);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).matches("urn:uuid:[0-9a-f-]{36} revoked \\(reason: assessment withdrawn\\)\\R");
        assertThat(first.err()).contains("badge publish");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains(" already revoked since ").contains("(reason: assessment withdrawn)");
        assertThat(second.err()).isEmpty();
    }

    @Test
    void statusShowsIssuedAndRevokedWithReasonAsTextAndJson() throws Exception {
        CliRun before = CliRun.of("status", "--email", "aino@example.org", "--workspace", ws);
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).contains(": issued since ").contains("learning-ambassador");

        CliRun revoke = CliRun.of("revoke", "--email", "aino@example.org", "--reason", "left", "--json", "--workspace", ws);
        JsonNode change = JsonCodec.parse("stdout", revoke.out());
        assertThat(change.path("changed").asBoolean()).isTrue();

        CliRun after = CliRun.of("status", change.path("id").asText(), "--json", "--workspace", ws);
        JsonNode status = JsonCodec.parse("stdout", after.out());
        assertThat(status.path("state").asText()).isEqualTo("revoked");
        assertThat(status.path("reason").asText()).isEqualTo("left");
        assertThat(status.path("history")).hasSize(1);
    }

    @Test
    void revokesAHostedOb2AssertionById() throws Exception {
        JsonNode assertion = JsonCodec.parse("liis", java.nio.file.Files.readString(temp.resolve("liis.json")));
        CliRun revoke = CliRun.of("revoke", assertion.path("id").asText(), "--reason", "issued in error", "--workspace", ws);
        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        CliRun status = CliRun.of("status", temp.resolve("liis.json").toString(), "--workspace", ws);
        assertThat(status.out()).startsWith(assertion.path("id").asText() + ": revoked since ").contains("issued in error");
    }

    @Test
    void unknownIdsExitThreeWithOneLine() {
        CliRun revoke = CliRun.of("revoke", "urn:uuid:00000000-0000-4000-8000-000000000000", "--workspace", ws);
        CliRun status = CliRun.of("status", "urn:uuid:00000000-0000-4000-8000-000000000000", "--workspace", ws);

        for (CliRun run : new CliRun[] {revoke, status}) {
            assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).singleElement().asString()
                    .startsWith("badge: 'urn:uuid:00000000-0000-4000-8000-000000000000' is neither a badge file nor the id");
        }
    }

    @Test
    void namingNoBadgeOrTwoIsAUsageError() {
        assertThat(CliRun.of("revoke", "--workspace", ws).exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun two = CliRun.of("revoke", "x", "--ref", "y", "--workspace", ws);
        assertThat(two.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(two.err()).contains("name exactly one badge");
    }

    @Test
    void suspendingABadgeWithoutASuspensionEntryIsRefusedAndUnsuspendSaysWhy() {
        String file = temp.resolve("aino.json").toString();
        CliRun suspend = CliRun.of("revoke", file, "--suspend", "--workspace", ws);
        assertThat(suspend.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(suspend.err()).contains("has no suspension status entry");
        CliRun unsuspend = CliRun.of("unsuspend", file, "--workspace", ws);
        assertThat(unsuspend.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(unsuspend.err().lines()).hasSize(1);
    }

    private void issue(String email, String out, String... more) {
        String[] base = {"issue", "--badge", "learning-ambassador", "--email", email, "--out", temp.resolve(out).toString(),
            "--workspace", ws};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}
