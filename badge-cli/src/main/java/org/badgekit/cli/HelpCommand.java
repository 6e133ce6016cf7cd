package org.badgekit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code badge help [COMMAND [SUBCOMMAND]]}: picocli's help command only looks one level down, so {@code badge help keys
 * generate} would show the help of {@code keys}; this one follows the whole path.
 */
@Command(name = "help", helpCommand = true,
        description = "Show the full help of a command, e.g. 'badge help keys generate'.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommand, to describe.")
    List<String> path = new ArrayList<>();

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        for (String name : path) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw new CommandLine.ParameterException(self, "unknown command '" + String.join(" ", path)
                        + "'; '" + target.getCommandSpec().qualifiedName() + " --help' lists the commands");
            }
            target = sub;
        }
        target.usage(out, colors);
    }
}
