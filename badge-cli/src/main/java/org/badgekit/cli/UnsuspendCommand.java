package org.badgekit.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.revoke.Revocations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code badge unsuspend}: lifts a suspension set with {@code badge revoke --suspend}. Revocations cannot be lifted. */
@Command(name = "unsuspend", mixinStandardHelpOptions = true,
        description = {"Lift the suspension of a badge (set with 'badge revoke --suspend'). A revocation is permanent.",
            "Run 'badge publish' afterwards so that verifiers see the change."})
final class UnsuspendCommand implements Callable<Integer> {
    @Mixin
    BadgeSelector selector;

    @Option(names = "--json", description = "Print {\"id\",\"change\",\"changed\",\"at\"} as one JSON document.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No hints or warnings on stderr (errors still go there).")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        Revocations revocations = Revocations.of(WorkspaceContext.locate(spec, quiet).workspace(), Clock.systemUTC());
        RevokeCommand.print(spec, revocations.unsuspend(selector.find(revocations, spec)), json, quiet);
        return ExitCode.OK;
    }
}
