package org.badgekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.issue.Workspace;
import org.badgekit.json.JsonCodec;
import org.badgekit.revoke.BadgeTarget;
import org.badgekit.revoke.Revocations;
import org.badgekit.revoke.StatusUpdate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code badge revoke}: revokes (or with {@code --suspend} suspends) one badge in the workspace's status lists. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = {"Revoke a badge for good, or suspend it with --suspend (lift with 'badge unsuspend').",
            "Recorded in the workspace state with time and reason; revoking twice says 'already revoked'.",
            "Run 'badge publish' afterwards so that verifiers see the change."})
final class RevokeCommand implements Callable<Integer> {
    @Mixin
    BadgeSelector selector;

    @Option(names = "--reason", paramLabel = "R", description = "Why (published in the OB 2.0 revocation list).")
    String reason;

    @Option(names = "--suspend", description = "Suspend instead of revoke (OB 3.0 badges with a suspension status entry).")
    boolean suspend;

    @Option(names = "--json", description = "Print {\"id\",\"change\",\"changed\",\"at\",\"reason\"} as one JSON document.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No hints or warnings on stderr (errors still go there).")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        Workspace workspace = WorkspaceContext.locate(spec, quiet).workspace();
        Revocations revocations = Revocations.of(workspace, Clock.systemUTC());
        BadgeTarget target = selector.find(revocations, spec);
        StatusUpdate update = suspend ? revocations.suspend(target, reason) : revocations.revoke(target, reason);
        print(spec, update, json, quiet);
        return ExitCode.OK;
    }

    /** Prints an update as a line or as JSON, with the publish reminder on stderr. */
    static void print(CommandSpec spec, StatusUpdate update, boolean json, boolean quiet) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonCodec.mapper().createObjectNode();
            node.put("id", update.target().id());
            node.put("change", update.change().value());
            node.put("changed", update.changed());
            if (update.at() != null) {
                node.put("at", update.at().toString());
            }
            if (update.reason() != null) {
                node.put("reason", update.reason());
            }
            out.println(JsonCodec.write(node));
        } else {
            out.println(update.describe());
        }
        out.flush();
        if (update.changed() && !quiet) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("badge: run 'badge publish --out DIR' to publish the change");
            err.flush();
        }
    }
}
