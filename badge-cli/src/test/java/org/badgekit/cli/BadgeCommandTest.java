package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadgeCommandTest {

    @Test
    void versionNamesTheProjectVersion() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("badge ").doesNotContain("unknown").doesNotContain("${");
    }

    @Test
    void helpListsEveryExitCodeOfTheContract() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:")
                .containsPattern("(?m)^\\s+0\\s+success")
                .containsPattern("(?m)^\\s+1\\s+verification")
                .containsPattern("(?m)^\\s+2\\s+usage")
                .containsPattern("(?m)^\\s+3\\s+unreadable")
                .containsPattern("(?m)^\\s+4\\s+key")
                .containsPattern("(?m)^\\s+70\\s+internal");
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLineWithoutStackTrace() {
        CliRun run = CliRun.of("--no-such-option");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unknown option").doesNotContain("at org.");
        assertThat(run.out()).isEmpty();
    }
}
