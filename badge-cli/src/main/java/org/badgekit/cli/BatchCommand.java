package org.badgekit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.bake.ImageFormat;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.BadgeFormat;
import org.badgekit.issue.BadgeImages;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.Ledger;
import org.badgekit.issue.ProofFormat;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.batch.BatchResult;
import org.badgekit.issue.batch.BatchRunner;
import org.badgekit.issue.batch.IssuerRowIssuer;
import org.badgekit.issue.batch.ProgressListener;
import org.badgekit.issue.batch.RowIssuer;
import org.badgekit.issue.batch.RowProblem;
import org.badgekit.json.JsonCodec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code badge batch FILE}: pilot issuance from a coordinator's CSV or XLSX file, resumable after any interruption. Progress
 * and problems go to stderr, the summary to stdout. Exit 0 when every row is issued, 1 when rows were rejected (the others
 * are issued; see rejected.csv), 3 for an unreadable file, 4 when signing fails.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Issue badges to every valid row of a CSV or XLSX file.",
            "Columns: email, name, badge, lang, issued_on, valid_until, evidence_url, evidence_narrative, ref. Every row is checked",
            "before anything is signed; a rerun resumes and never issues a row twice. Writes DIR/credentials/, DIR/baked/,",
            "manifest.jsonl, rejected.csv and summary.json."})
final class BatchCommand implements Callable<Integer> {
    private static final int PROBLEMS_SHOWN = 20;

    @Parameters(index = "0", paramLabel = "FILE", description = "The recipients: .csv (comma or semicolon) or .xlsx.")
    Path input;

    @Option(names = "--badge", paramLabel = "ID", description = "Badge for rows without a badge column or value.")
    String badge;

    @Option(names = "--format", paramLabel = "ob3|ob2", defaultValue = "ob3", description = "Open Badges version (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--proof", paramLabel = "di|jwt", defaultValue = "di",
            description = "OB 3.0: di (eddsa-rdfc-2022) or jwt (VC-JWT); OB 2.0: signed JWS either way (default ${DEFAULT-VALUE}).")
    String proof;

    @Option(names = "--bake", paramLabel = "png|svg|none", defaultValue = "png", description = "Baked picture per row (default ${DEFAULT-VALUE}).")
    String bake;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created when missing).")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Signing threads (default: the number of processors).")
    Integer jobs;

    @Option(names = "--dry-run", description = "Check every row and show the plan; issue nothing, write nothing.")
    boolean dryRun;

    @Option(names = "--allow-reissue", description = "Issue even when the ledger shows this person already has this badge.")
    boolean allowReissue;

    @Option(names = "--ignore-unknown-columns", description = "Ignore columns other than the known ones instead of refusing the file.")
    boolean ignoreUnknownColumns;

    @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet to read (default: the first).")
    String sheet;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language for rows without one (default: the workspace's first).")
    String lang;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Passphrase of encrypted workspace keys (first line).")
    Path passphraseFile;

    @Option(names = "--json", description = "Print the summary as one JSON document.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress or warnings on stderr (errors still go there).")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        BadgeFormat badgeFormat = BadgeFormat.parse(format);
        ProofFormat proofFormat = ProofFormat.parse(proof);
        if (proofFormat == ProofFormat.HOSTED) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "--proof hosted is not available for batches; use di or jwt");
        }
        ImageFormat bakeFormat = bakeFormat(bake);
        Workspace workspace = WorkspaceContext.locate(spec, quiet).workspace();
        CriteriaLibrary criteria = CriteriaSource.resolve(null).load();
        Set<String> known = new HashSet<>();
        criteria.all().stream().map(BadgeCriteria::id).forEach(known::add);
        Clock clock = Clock.systemUTC();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = quiet ? null : ProgressBar.forStderr(err);
        ProgressListener progress = bar == null ? ProgressListener.none() : bar;
        BatchResult result;
        try (Ledger ledger = Ledger.open(workspace.ledgerFile(), workspace.ledgerSecret())) {
            RowIssuer rowIssuer = dryRun ? (row, id, credentials, baked) -> {
                throw new BadgeException(BadgeException.Code.INTERNAL, "a dry run issues nothing");
            } : rowIssuer(workspace, criteria, badgeFormat, proofFormat, bakeFormat, clock);
            BatchRunner.Builder runner = BatchRunner.newBuilder()
                    .input(input).outputDir(out).ledger(ledger).rowIssuer(rowIssuer).knownBadges(known).defaultBadge(badge)
                    .defaultLang(lang != null ? lang.trim().toLowerCase(Locale.ROOT) : workspace.settings().defaultLanguage())
                    .dryRun(dryRun).allowReissue(allowReissue).ignoreUnknownColumns(ignoreUnknownColumns).sheet(sheet)
                    .progress(progress).clock(clock).idNamespace(workspace.issuerId());
            if (jobs != null) {
                runner.jobs(jobs);
            }
            try {
                result = runner.build().run();
            } finally {
                if (bar != null) {
                    bar.finish();
                }
            }
        }
        report(result, err);
        return result.rejected() > 0 ? ExitCode.INVALID : ExitCode.OK;
    }

    private RowIssuer rowIssuer(Workspace workspace, CriteriaLibrary criteria, BadgeFormat format, ProofFormat proof,
            ImageFormat bake, Clock clock) throws BadgeException {
        Issuer issuer = WorkspaceContext.issuer(workspace, passphraseFile, criteria, clock);
        return new IssuerRowIssuer(issuer, format, proof, bake, new BadgeImages());
    }

    private void report(BatchResult result, PrintWriter err) {
        int shown = 0;
        for (RowProblem problem : result.problems()) {
            if (shown++ == PROBLEMS_SHOWN) {
                err.println("badge: ... " + (result.problemCount() - PROBLEMS_SHOWN) + " more problems in " + result.rejectedCsv());
                break;
            }
            err.println("badge: " + input.getFileName() + ":" + problem.row() + (problem.column() == null ? "" : " (" + problem.column()
                    + ")") + ": " + problem.message() + (problem.hint() == null ? "" : "; " + problem.hint()));
        }
        err.flush();
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            ObjectNode summary = JsonCodec.mapper().createObjectNode();
            summary.put("batch", result.batchId());
            summary.put("input", result.input().toString());
            summary.put("out", result.outputDir().toString());
            summary.put("dryRun", result.dryRun());
            summary.put("rows", result.total());
            summary.put("issued", result.issued());
            summary.put("alreadyIssued", result.alreadyIssued());
            summary.put("rejected", result.rejected());
            summary.put("planned", result.planned());
            ObjectNode byBadge = summary.putObject("plannedByBadge");
            result.plannedByBadge().forEach(byBadge::put);
            summary.put("seconds", result.elapsed().toMillis() / 1000.0);
            if (!result.dryRun()) {
                summary.put("manifest", result.manifest().toString());
                summary.put("rejectedCsv", result.rejectedCsv().toString());
                summary.put("summary", result.summary().toString());
            }
            ArrayNode problems = summary.putArray("problems");
            result.problems().forEach(problem -> problems.addObject().put("row", problem.row()).put("column", problem.column())
                    .put("message", problem.message()));
            stdout.println(JsonCodec.writePretty(summary));
        } else {
            stdout.println(result.describe() + " in " + String.format(Locale.ROOT, "%.1f", result.elapsed().toMillis() / 1000.0) + " s");
            if (!result.dryRun()) {
                stdout.println("  credentials: " + result.outputDir().resolve("credentials"));
                stdout.println("  baked:       " + result.outputDir().resolve("baked"));
                stdout.println("  manifest:    " + result.manifest());
                if (result.rejected() > 0) {
                    stdout.println("  rejected:    " + result.rejectedCsv() + " (fix these rows and run the same command again)");
                }
            }
        }
        stdout.flush();
    }

    private static ImageFormat bakeFormat(String text) throws BadgeException {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "png":
                return ImageFormat.PNG;
            case "svg":
                return ImageFormat.SVG;
            case "none":
                return null;
            default:
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "--bake '" + text + "' is not one of png, svg, none");
        }
    }
}
