package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpCommandTest {
    @Test
    void helpWithoutACommandShowsTheTopLevelUsageAndTheExitCodes() {
        CliRun run = CliRun.of("help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: badge ").contains("Commands:").contains("Exit codes");
    }

    @Test
    void helpFollowsANestedCommandPath() {
        CliRun run = CliRun.of("help", "keys", "generate");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: badge keys generate").contains("--type=");
        assertThat(run.out()).isEqualTo(CliRun.of("keys", "generate", "--help").out());
    }

    @Test
    void helpForAnUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("help", "keys", "frobnicate");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown command 'keys frobnicate'").contains("badge keys --help");
    }
}
