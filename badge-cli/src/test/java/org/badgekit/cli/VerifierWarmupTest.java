package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code badge verify} with its verifier pre-built on a background thread reports exactly what an on-demand one reports. */
class VerifierWarmupTest {

    private static Path sample(String name) {
        Path root = Path.of(System.getProperty("badgekit.projectRoot", "."));
        Path file = root.resolve("badge-core/src/test/resources/bake/interop").resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "sample badge not present: " + file);
        return file;
    }

    @Test
    void aBakedDataIntegrityBadgeGetsTheSameJsonReportWithAndWithoutTheWarmup() {
        assertSameReport("--json", "--at", "2026-11-28T20:00:00Z", sample("harness-ob3-di.png").toString());
    }

    @Test
    void textReportsOfSeveralFormatsAndSettingsAreTheSameWithAndWithoutTheWarmup() {
        assertSameReport("--strict", "--recipient", "someone@example.org", "--trust", "did:web:example.org",
                "--at", "2026-11-28T20:00:00Z", sample("harness-ob3-di.png").toString(), sample("harness-ob3-jwt.svg").toString(),
                sample("harness-ob2-jws.png").toString(), sample("harness-ob3-di.png").resolveSibling("missing.png").toString());
    }

    @Test
    void theWarmupIsUsedOnlyWhenVerifyIsTheCommand() {
        CommandLine verify = BadgeCommand.newCommandLine("verify", "x.png");
        assertThat(((VerifyCommand) verify.getSubcommands().get("verify").getCommand()).prebuilt()).isTrue();
        CommandLine full = BadgeCommand.newCommandLine();
        assertThat(((VerifyCommand) full.getSubcommands().get("verify").getCommand()).prebuilt()).isFalse();
    }

    private static void assertSameReport(String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "verify";
        System.arraycopy(options, 0, args, 1, options.length);
        CliRun warm = CliRun.of(args);
        CliRun onDemand = CliRun.on(BadgeCommand.newCommandLine(), args);
        assertThat(warm.out()).isNotBlank();
        assertThat(warm).isEqualTo(onDemand);
    }
}
