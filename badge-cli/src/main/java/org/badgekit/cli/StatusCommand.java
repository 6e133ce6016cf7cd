package org.badgekit.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.revoke.BadgeStatus;
import org.badgekit.revoke.Revocations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code badge status}: whether a badge of this workspace is issued, suspended or revoked, with time and reason. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show whether a badge is issued, suspended or revoked (from the workspace state), with time, reason",
            "and history. Unknown ids exit with 3."})
final class StatusCommand implements Callable<Integer> {
    @Mixin
    BadgeSelector selector;

    @Option(names = "--json", description = "Print the status as one JSON document.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No hints or warnings on stderr (errors still go there).")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        Revocations revocations = Revocations.of(WorkspaceContext.locate(spec, quiet).workspace(), Clock.systemUTC());
        BadgeStatus status = revocations.status(selector.find(revocations, spec));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonCodec.write(status.toJson()));
        } else {
            status.describe().forEach(out::println);
        }
        out.flush();
        return ExitCode.OK;
    }
}
