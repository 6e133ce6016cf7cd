package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {

    @Test
    void everyNameCreatesTheCommandAnnotatedWithThatName() {
        for (String name : Subcommands.NAMES) {
            Object command = Subcommands.create(name);
            assertThat(command.getClass().getAnnotation(CommandLine.Command.class).name()).as(name).isEqualTo(name);
        }
    }

    @Test
    void theFullTreeListsTheCommandsInTheHelpOrder() {
        List<String> expected = new ArrayList<>(List.of("help"));
        expected.addAll(Subcommands.NAMES);
        assertThat(new ArrayList<>(BadgeCommand.newCommandLine().getSubcommands().keySet())).isEqualTo(expected);
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> Subcommands.create("verfy"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'verfy'").hasMessageContaining("verify");
    }

    @Test
    void aCommandWordSelectsOnlyThatCommand() {
        assertThat(Subcommands.needed("verify", "x.png")).containsExactly("verify");
        assertThat(Subcommands.needed("keys", "generate", "--type", "ed25519")).containsExactly("keys");
        assertThat(Subcommands.needed("api-serve", "--help")).containsExactly("api-serve");
    }

    @Test
    void rootOptionsBeforeTheCommandWordAreSkippedWithTheirValues() {
        assertThat(Subcommands.needed("--stacktrace", "verify", "x.png")).containsExactly("verify");
        assertThat(Subcommands.needed("--workspace", "issue", "batch", "rows.csv")).containsExactly("batch");
        assertThat(Subcommands.needed("--workspace=ws", "--stacktrace", "status")).containsExactly("status");
        assertThat(Subcommands.needed("--version", "verify", "x.png")).containsExactly("verify");
    }

    @Test
    void aPlainVersionNeedsNoSubcommand() {
        assertThat(Subcommands.needed("--version")).isEmpty();
        assertThat(Subcommands.needed("-V", "--stacktrace")).isEmpty();
    }

    @Test
    void anythingElseGetsEveryCommand() {
        assertThat(Subcommands.needed()).isEqualTo(Subcommands.NAMES);
        assertThat(Subcommands.needed("--help")).isEqualTo(Subcommands.NAMES);
        assertThat(Subcommands.needed("help", "verify")).isEqualTo(Subcommands.NAMES);
        assertThat(Subcommands.needed("verfy", "x.png")).isEqualTo(Subcommands.NAMES);
        assertThat(Subcommands.needed("@args.txt")).isEqualTo(Subcommands.NAMES);
        assertThat(Subcommands.needed("-hV")).isEqualTo(Subcommands.NAMES);
        assertThat(Subcommands.needed("--workspace")).isEqualTo(Subcommands.NAMES);
        assertThat(Subcommands.needed("--", "verify")).isEqualTo(Subcommands.NAMES);
    }

    @Test
    void theTreeForOneCommandHoldsOnlyThatCommandAndHelp() {
        assertThat(BadgeCommand.newCommandLine("verify", "x.png").getSubcommands().keySet()).containsExactly("help", "verify");
        assertThat(BadgeCommand.newCommandLine("--version").getSubcommands().keySet()).containsExactly("help");
        assertThat(BadgeCommand.newCommandLine("criteria", "list").getSubcommands().get("criteria").getSubcommands())
                .containsOnlyKeys("list", "show", "check");
    }

    @Test
    void everyCommandsHelpIsTheSameWhetherBuiltAloneOrInTheFullTree() {
        Map<String, CommandLine> full = BadgeCommand.newCommandLine().getSubcommands();
        for (String name : Subcommands.NAMES) {
            CommandLine alone = BadgeCommand.newCommandLine(name, "--help").getSubcommands().get(name);
            assertThat(usage(alone)).as(name).isEqualTo(usage(full.get(name)));
            for (Map.Entry<String, CommandLine> nested : full.get(name).getSubcommands().entrySet()) {
                assertThat(usage(alone.getSubcommands().get(nested.getKey()))).as(name + " " + nested.getKey())
                        .isEqualTo(usage(nested.getValue()));
            }
        }
    }

    @Test
    void everyCommandRunsItsHelpThroughTheSelectiveTree() {
        for (String name : Subcommands.NAMES) {
            CliRun run = CliRun.of(name, "--help");
            assertThat(run.exitCode()).as(name).isZero();
            assertThat(run.out()).as(name).startsWith("Usage: badge " + name);
        }
    }

    @Test
    void rootHandlersReachTheSelectedCommand() {
        CliRun run = CliRun.of("verify", "--no-such-option", "x.png");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("badge: Unknown option: '--no-such-option'").contains("Try 'badge verify --help'");
    }

    @Test
    void errorsAndOutputAreTheSameAsWithTheFullTree() {
        List<String[]> commandLines = List.of(new String[] {"verfy", "x.png"}, new String[] {"verify", "--no-such-option"},
                new String[] {"--version"}, new String[] {"verify"}, new String[] {"--workspace"},
                new String[] {"keys", "generate", "--no-such-option"}, new String[] {"verify", "--at", "yesterday", "x.png"});
        for (String[] args : commandLines) {
            CliRun selective = CliRun.of(args);
            CliRun full = CliRun.on(BadgeCommand.newCommandLine(), args);
            assertThat(selective).as(String.join(" ", args)).isEqualTo(full);
        }
    }

    private static String usage(CommandLine commandLine) {
        StringWriter text = new StringWriter();
        commandLine.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString();
    }
}
