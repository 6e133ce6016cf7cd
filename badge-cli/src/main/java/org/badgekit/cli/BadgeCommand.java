package org.badgekit.cli;

import java.io.PrintWriter;
import java.util.List;
import org.badgekit.BadgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code badge} command. Subcommands are one small class each; register new ones in {@link Subcommands}.
 */
@Command(name = "badge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Open Badges 2.0 and 3.0: define, issue, sign, bake, verify and revoke badges.",
            "Run 'badge help COMMAND' for a command's options and examples."},
        subcommands = {HelpCommand.class})
public final class BadgeCommand implements Runnable {

    @Option(names = "--stacktrace", description = "Print the stack trace of an internal error.", scope = CommandLine.ScopeType.INHERIT)
    boolean stacktrace;

    @Option(names = "--workspace", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Issuer workspace (default: ./issuer.yaml if present, else the demo workspace in ~/.badge/demo).")
    java.nio.file.Path workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // "badge" alone: show what there is to do
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The whole command tree, every subcommand included (for completion scripts and tools that walk the tree). */
    public static CommandLine newCommandLine() {
        return withSubcommands(Subcommands.NAMES);
    }

    /**
     * The factory used by {@link Main} and by in-process tests, so both see the same behaviour: the tree with only the
     * subcommands {@code args} can reach (see {@link Subcommands#needed}), which parses and runs {@code args} exactly as the
     * whole tree would, without building the models of the commands it does not run.
     */
    public static CommandLine newCommandLine(String... args) {
        List<String> names = Subcommands.needed(args);
        if (names.equals(List.of("verify"))) {
            // started before picocli builds any model, so that the two overlap
            VerifyCommand verify = new VerifyCommand(VerifierWarmup.start());
            CommandLine commandLine = root();
            commandLine.addSubcommand("verify", verify);
            return configured(commandLine);
        }
        return withSubcommands(names);
    }

    private static CommandLine withSubcommands(List<String> names) {
        CommandLine commandLine = root();
        for (String name : names) {
            commandLine.addSubcommand(name, Subcommands.create(name));
        }
        return configured(commandLine);
    }

    private static CommandLine root() {
        return new CommandLine(new BadgeCommand());
    }

    /** Settings that apply to the whole tree: set after the subcommands are added, as picocli copies them down then. */
    private static CommandLine configured(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().footer("", ExitCode.HELP_TABLE);
        commandLine.setExecutionExceptionHandler(BadgeCommand::handleException);
        commandLine.setExitCodeExceptionMapper(BadgeCommand::exitCodeFor);
        commandLine.setParameterExceptionHandler(BadgeCommand::handleUsageError);
        return commandLine;
    }

    /** Maps library failure codes to the CLI contract. */
    static int exitCodeFor(Throwable failure) {
        if (failure instanceof BadgeException badge) {
            switch (badge.code()) {
                case MALFORMED_INPUT, INVALID_INPUT, NOT_FOUND, LIMIT_EXCEEDED, IO_ERROR, ALREADY_EXISTS, UNSUPPORTED:
                    return ExitCode.INPUT;
                case INVALID_ARGUMENT:
                    return ExitCode.USAGE;
                case KEY_ERROR, SIGNING_FAILED:
                    return ExitCode.KEY;
                default:
                    return ExitCode.INTERNAL;
            }
        }
        if (failure instanceof CommandLine.ParameterException) {
            return ExitCode.USAGE;
        }
        return ExitCode.INTERNAL;
    }

    private static int handleException(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean wantsTrace = parseResult.hasMatchedOption("--stacktrace")
                || commandLine.getCommandSpec().root().commandLine().getParseResult().hasMatchedOption("--stacktrace");
        if (failure instanceof BadgeException badge) {
            err.println("badge: " + badge.getMessage());
        } else {
            err.println("badge: internal error: " + failure + (wantsTrace ? "" : " (rerun with --stacktrace for details)"));
        }
        if (wantsTrace) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCodeFor(failure);
    }

    private static int handleUsageError(CommandLine.ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("badge: " + failure.getMessage());
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCode.USAGE;
    }
}
