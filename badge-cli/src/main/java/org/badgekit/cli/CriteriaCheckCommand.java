package org.badgekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.criteria.CriteriaProblem;
import org.badgekit.criteria.CriteriaReport;
import org.badgekit.criteria.CriteriaVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code badge criteria check [DIR]}: validates every criteria file and prints every problem, one per line. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Validate every criteria file; print each problem as file:line: path: message.",
            "Exit 0 when there are no problems, 3 when there are."})
final class CriteriaCheckCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Criteria folder (default: ./criteria, else the bundled criteria).")
    Path dir;

    @Option(names = "--baseline", paramLabel = "DIR",
            description = "Folder with the last released criteria (e.g. a checkout of main): no version may be lower.")
    Path baseline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, CriteriaVersion> lastKnown = baseline == null ? Map.of() : versions(CriteriaLibrary.check(baseline));
        CriteriaSource source = CriteriaSource.resolve(dir);
        CriteriaReport report = source.check(lastKnown);
        PrintWriter out = spec.commandLine().getOut();
        for (CriteriaProblem problem : report.problems()) {
            out.println(problem);
        }
        if (report.clean()) {
            out.println(source.label() + ": " + report.criteria().size() + " badges, no problems ("
                    + report.criteria().stream().map(c -> c.id() + " " + c.version()).collect(Collectors.joining(", ")) + ")");
        } else {
            PrintWriter err = spec.commandLine().getErr();
            err.println("badge: " + source.label() + ": " + report.problems().size() + " problem"
                    + (report.problems().size() == 1 ? "" : "s"));
            err.flush();
        }
        out.flush();
        return report.clean() ? ExitCode.OK : ExitCode.INPUT;
    }

    /** The versions of whatever the baseline has; its own problems are not this check's business. */
    private static Map<String, CriteriaVersion> versions(CriteriaReport baseline) {
        return baseline.criteria().stream().collect(Collectors.toMap(BadgeCriteria::id, BadgeCriteria::version));
    }
}
