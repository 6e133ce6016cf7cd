package org.badgekit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceKeys;
import org.badgekit.json.JsonCodec;
import org.badgekit.publish.PublishReport;
import org.badgekit.publish.Publisher;
import org.badgekit.sign.DataIntegritySigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code badge publish --out DIR}: the static folder to host at the workspace's base URL. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Write the static folder to host at the workspace's base URL: issuer profiles, did.json, keys,",
            "achievements and badge classes, hosted OB 2.0 assertions, signed status lists, revocation list, HTML pages.",
            "Deterministic and incremental: only changed files are rewritten; nothing is deleted."})
final class PublishCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The site folder (created when missing).")
    Path out;

    @Option(names = "--assertions", paramLabel = "DIR", description = "Also take OB 2.0 hosted assertions from this folder "
            + "or file (repeatable); the files in the ledger are always looked at.")
    List<Path> assertions = new ArrayList<>();

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Passphrase of encrypted workspace keys (first line).")
    Path passphraseFile;

    @Option(names = "--json", description = "Print the report (written, unchanged, gone files) as one JSON document.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No hints or warnings on stderr (errors still go there).")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        Workspace workspace = WorkspaceContext.locate(spec, quiet).workspace();
        WorkspaceKeys keys = WorkspaceContext.keys(workspace, passphraseFile);
        DataIntegritySigner signer = DataIntegritySigner.create(keys.ed25519().privateKey().orElseThrow(),
                workspace.dataIntegrityMethod());
        CriteriaLibrary criteria = CriteriaSource.resolve(null).load();
        PublishReport report = Publisher.of(workspace, signer, criteria, assertions).publish(out);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            ObjectNode node = JsonCodec.mapper().createObjectNode();
            node.put("dir", out.toString());
            node.put("baseUrl", workspace.baseUrl().toString());
            node.put("stateTime", report.stateTime().toString());
            strings(node.putArray("written"), report.written());
            strings(node.putArray("unchanged"), report.unchanged());
            strings(node.putArray("gone"), report.gone());
            strings(node.putArray("skipped"), report.skipped());
            stdout.println(JsonCodec.write(node));
        } else {
            report.written().forEach(path -> stdout.println("wrote " + path));
            stdout.println(out + ": " + report.written().size() + " written, " + report.unchanged().size() + " unchanged, "
                    + report.gone().size() + " revoked hosted assertions; host it at " + workspace.baseUrl());
        }
        stdout.flush();
        if (!quiet) {
            PrintWriter err = spec.commandLine().getErr();
            report.skipped().forEach(line -> err.println("badge: warning: skipped " + line));
            err.flush();
        }
        return ExitCode.OK;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
