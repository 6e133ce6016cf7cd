package org.badgekit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.json.JsonCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badge extract FILE}: gets the badge out of a baked PNG or SVG image. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the Open Badges payload (credential/assertion JSON or compact JWS) from a baked PNG or SVG.",
            "The payload goes to stdout (or --out); warnings go to stderr."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Baked PNG or SVG image (detected by content).")
    Path file;

    @Option(names = "--out", paramLabel = "F", description = "Write the payload to this file instead of stdout.")
    Path out;

    @Option(names = "--force", description = "Overwrite the --out file if it exists.")
    boolean force;

    @Option(names = "--json", description = "Print {\"file\",\"kind\",\"payload\",\"warnings\"} as one JSON document.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        BakedPayload payload = Baker.create().extract(file);
        PrintWriter err = spec.commandLine().getErr();
        payload.warnings().forEach(warning -> err.println("badge: warning: " + warning));
        err.flush();
        if (out != null) {
            OutputFile.writeText(out, payload.payload(), force);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            ObjectNode result = JsonCodec.mapper().createObjectNode();
            result.put("file", file.toString());
            result.put("kind", payload.kind().name());
            result.put("payload", payload.payload());
            ArrayNode warnings = result.putArray("warnings");
            payload.warnings().forEach(warnings::add);
            stdout.println(JsonCodec.write(result));
        } else if (out == null) {
            stdout.println(payload.payload());
        } else {
            err.println(out + ": wrote " + BakeCommand.describe(payload.kind()));
        }
        stdout.flush();
        return ExitCode.OK;
    }
}
