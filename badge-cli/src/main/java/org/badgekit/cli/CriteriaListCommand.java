package org.badgekit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.json.JsonCodec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code badge criteria list}: one line per badge, or one JSON document with {@code --json}. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the badges with their versions, status and languages.")
final class CriteriaListCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON document instead of a table.")
    boolean json;

    @Option(names = "--dir", paramLabel = "DIR", description = "Criteria folder (default: ./criteria, else the bundled criteria).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CriteriaSource source = CriteriaSource.resolve(dir);
        CriteriaLibrary library = source.load();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonCodec.writePretty(toJson(source, library)));
        } else {
            String format = "%-24s %-8s %-9s %-16s %s%n";
            out.printf(format, "ID", "VERSION", "STATUS", "LANGUAGES", "NAME");
            for (BadgeCriteria badge : library.all()) {
                out.printf(format, badge.id(), badge.version(), badge.status().label(), String.join(" ", badge.languages()),
                        badge.name().get("en"));
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static ObjectNode toJson(CriteriaSource source, CriteriaLibrary library) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode().put("source", source.label());
        ArrayNode list = root.putArray("criteria");
        for (BadgeCriteria badge : library.all()) {
            ObjectNode entry = list.addObject()
                    .put("id", badge.id())
                    .put("version", badge.version().toString())
                    .put("status", badge.status().label());
            badge.languages().forEach(entry.putArray("languages")::add);
            ObjectNode names = entry.putObject("name");
            badge.name().texts().forEach(names::put);
            entry.put("achievementType", badge.achievementType())
                    .put("eqfLevel", badge.eqfLevel())
                    .put("areas", badge.areas().size());
        }
        return root;
    }
}
