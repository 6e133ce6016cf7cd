package org.badgekit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code badge criteria}: browse and validate the defined competence criteria. */
@Command(name = "criteria",
        description = {"Browse and validate the defined competence criteria.",
            "Without a folder, commands read ./criteria when it exists, else the criteria bundled in the jar."},
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {CriteriaListCommand.class, CriteriaShowCommand.class, CriteriaCheckCommand.class})
final class CriteriaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
