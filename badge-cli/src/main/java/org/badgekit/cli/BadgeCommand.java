package org.badgekit.cli;

import java.io.PrintWriter;
import org.badgekit.BadgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top-level {@code badge} command. Subcommands are one small class each; register new ones in {@link #SUBCOMMANDS}.
 */
@Command(name = "badge",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Open Badges 2.0 and 3.0: define, issue, sign, bake, verify and revoke badges.",
        subcommands = {CommandLine.HelpCommand.class})
public final class BadgeCommand implements Runnable {

    @Option(names = "--stacktrace", description = "Print the stack trace of an internal error.", scope = CommandLine.ScopeType.INHERIT)
    boolean stacktrace;

    @Option(names = "--workspace", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Issuer workspace (default: ./issuer.yaml if present, else the demo workspace in ~/.badge/demo).")
    java.nio.file.Path workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Subcommand instances, in the order {@code --help} lists them. */
    private static Object[] subcommands() {
        return new Object[] {
            new InitCommand(),
            new IssueCommand(),
            new BatchCommand(),
            new KeysCommand(),
            new CriteriaCommand(),
            new BakeCommand(),
            new ExtractCommand(),
            new VerifyCommand(),
            new RevokeCommand(),
            new UnsuspendCommand(),
            new StatusCommand(),
            new PublishCommand(),
            new ServeCommand(),
            new ApiServeCommand(),
        };
    }

    @Override
    public void run() {
        // "badge" alone: show what there is to do
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The one factory used by {@link Main} and by in-process tests, so both see the same behaviour. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new BadgeCommand());
        for (Object subcommand : subcommands()) {
            commandLine.addSubcommand(subcommand);
        }
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
