package org.badgekit.issue.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.badgekit.BadgeException;
import org.badgekit.issue.AtomicFiles;
import org.badgekit.issue.Ledger;

/**
 * Issues a badge to every valid row of a coordinator's CSV or XLSX file, safely resumable after any crash.
 *
 * <p>A run has two passes over the file, both streaming: <b>pre-flight</b> validates every row (e-mail, badge, language,
 * dates, duplicates inside the file and against the ledger) before anything is signed; <b>issuance</b> hands the valid rows
 * to the {@link RowIssuer} in parallel. A dry run stops after pre-flight and returns the plan.
 *
 * <p><b>Identity.</b> The batch id is {@link Builder#batchId} or, by default, the input file name without extension
 * ({@code recipients.csv} is batch {@code recipients}), so a coordinator can fix rows in the file and rerun. A row's key is
 * {@code ref:REF} when the row has a {@code ref}, else {@code email:ADDRESS|BADGE}; the credential id is derived from
 * (id namespace, batch id, badge, row key) by {@link CredentialIds}, so a rerun writes the same ids.
 *
 * <p><b>Never twice, never lost.</b> A credential counts as issued only when its files are written (atomically, by the
 * issuer) and its ledger line is forced. A rerun skips rows of this batch in the ledger, re-issues (overwriting, same id) rows
 * whose files exist but whose ledger line does not, deletes temp files left by a crash, and rebuilds {@code manifest.jsonl}
 * from the ledger.
 *
 * <p><b>Durability.</b> {@link IssuerRowIssuer} renames each file into place without an fsync (a killed process loses
 * nothing: the page cache outlives it), and the ledger is group-committed, so one fsync covers many rows. After a power cut or
 * OS crash a ledger line may therefore name a file that is missing or cut short; a rerun checks the files of this batch's
 * ledger lines ({@link CompleteFiles}) and issues those rows again under the same id, and the manifest keeps the newest line
 * per credential. (Rerun into the same output directory: a new one holds no files to check, and rows are skipped as before.) Outputs in the output directory: {@code credentials/}, {@code baked/}, {@code manifest.jsonl},
 * {@code rejected.csv}, {@code summary.json}.
 */
public final class BatchRunner {
    /** How many problems a {@link BatchResult} carries at most (all are counted and all go to {@code rejected.csv}). */
    public static final int MAX_PROBLEMS_KEPT = 1000;

    /** Everything a run needs, validated by the builder. */
    record Settings(Path input, Path outputDir, Ledger ledger, RowIssuer rowIssuer, Set<String> knownBadges,
            String defaultBadge, String defaultLang, int jobs, boolean dryRun, boolean allowReissue,
            boolean ignoreUnknownColumns, String sheet, ProgressListener progress, Clock clock, String batchId,
            String idNamespace) { }

    private final Settings settings;

    private BatchRunner(Settings settings) {
        this.settings = settings;
    }

    /** A builder; input, output directory, ledger, row issuer and known badges are required. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** A builder holding this runner's settings, e.g. to derive a dry run: {@code runner.toBuilder().dryRun(true).build()}. */
    public Builder toBuilder() {
        Settings s = settings;
        return new Builder().input(s.input()).outputDir(s.outputDir()).ledger(s.ledger()).rowIssuer(s.rowIssuer())
                .knownBadges(s.knownBadges()).defaultBadge(s.defaultBadge()).defaultLang(s.defaultLang()).jobs(s.jobs())
                .dryRun(s.dryRun()).allowReissue(s.allowReissue()).ignoreUnknownColumns(s.ignoreUnknownColumns())
                .sheet(s.sheet()).progress(s.progress()).clock(s.clock()).batchId(s.batchId()).idNamespace(s.idNamespace());
    }

    /**
     * Runs pre-flight and (unless a dry run) issuance.
     *
     * @return counts, the problems found and the output paths; rejected rows are a result, not an exception
     * @throws BadgeException {@code IO_ERROR}/{@code MALFORMED_INPUT} naming the file when it cannot be read or its header is
     *     wrong; the issuer's code when issuance failed for reasons other than one row's data (a rerun resumes)
     */
    public BatchResult run() throws BadgeException {
        Instant started = settings.clock().instant();
        Path out = settings.outputDir();
        Problems problems = new Problems(MAX_PROBLEMS_KEPT);
        Preflight preflight = new Preflight(settings.ledger(), settings.batchId(), settings.allowReissue());
        RejectedCsv rejectedCsv = null;
        try {
            RowParser parser;
            try (RowSource source = RowSource.open(settings.input(), settings.sheet())) {
                Columns columns = Columns.of(settings.input(), source.header(), settings.ignoreUnknownColumns(),
                        settings.defaultBadge() == null);
                parser = new RowParser(columns, settings.knownBadges(), settings.defaultBadge(), settings.defaultLang());
                // only an output directory this batch already wrote to can hold files to repair; a new one is not checked
                boolean existingOutput = Files.isDirectory(out.resolve("credentials"));
                if (!settings.dryRun()) {
                    prepareOutputDirectory(out);
                    rejectedCsv = RejectedCsv.create(out.resolve("rejected.csv"), source.header(), source.delimiter());
                }
                preflight.loadLedger(existingOutput ? out : null);
                preflight.scan(source, parser, problems, rejectedCsv);
            }
            long issued = 0;
            if (!settings.dryRun() && preflight.planned() > 0) {
                try (RowSource source = RowSource.open(settings.input(), settings.sheet())) {
                    issued = new Issuance(settings, preflight.planned(), problems, rejectedCsv).run(source, parser, preflight);
                }
            }
            BatchOutputs outputs = new BatchOutputs();
            if (!settings.dryRun()) {
                rejectedCsv.commit();
                outputs.writeManifest(settings.ledger(), settings.batchId(), out.resolve("manifest.jsonl"));
            }
            Instant finished = settings.clock().instant();
            BatchResult result = new BatchResult(settings.batchId(), settings.input(), out, settings.dryRun(), preflight.total(),
                    issued, preflight.alreadyIssued(), problems.rejectedRows(), preflight.planned(), preflight.plannedByBadge(),
                    problems.kept(), problems.count(), Duration.between(started, finished),
                    settings.dryRun() ? null : out.resolve("manifest.jsonl"),
                    settings.dryRun() ? null : out.resolve("rejected.csv"),
                    settings.dryRun() ? null : out.resolve("summary.json"));
            if (!settings.dryRun()) {
                outputs.writeSummary(result.summary(), result, started, finished);
            }
            return result;
        } finally {
            if (rejectedCsv != null) {
                rejectedCsv.close();
            }
        }
    }

    private static void prepareOutputDirectory(Path out) throws BadgeException {
        try {
            Files.createDirectories(out.resolve("credentials"));
            Files.createDirectories(out.resolve("baked"));
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, out + ": cannot create output directory: " + e.getMessage(),
                    out.toString(), e);
        }
        AtomicFiles.deleteTempFiles(out);
        AtomicFiles.deleteTempFiles(out.resolve("credentials"));
        AtomicFiles.deleteTempFiles(out.resolve("baked"));
    }

    /** Builds a {@link BatchRunner}; every setter returns the builder. Not thread-safe. */
    public static final class Builder {
        private Path input;
        private Path outputDir;
        private Ledger ledger;
        private RowIssuer rowIssuer;
        private Set<String> knownBadges;
        private String defaultBadge;
        private String defaultLang = "en";
        private int jobs = Runtime.getRuntime().availableProcessors();
        private boolean dryRun;
        private boolean allowReissue;
        private boolean ignoreUnknownColumns;
        private String sheet;
        private ProgressListener progress = ProgressListener.none();
        private Clock clock = Clock.systemUTC();
        private String batchId;
        private String idNamespace = "urn:badgekit:local";

        private Builder() {}

        /** The CSV or XLSX file. */
        public Builder input(Path input) {
            this.input = input;
            return this;
        }

        /** Where credentials/, baked/, manifest.jsonl, rejected.csv and summary.json go. */
        public Builder outputDir(Path outputDir) {
            this.outputDir = outputDir;
            return this;
        }

        /** The workspace ledger (opened by the caller, who also closes it). */
        public Builder ledger(Ledger ledger) {
            this.ledger = ledger;
            return this;
        }

        /** Signs and bakes one row. */
        public Builder rowIssuer(RowIssuer rowIssuer) {
            this.rowIssuer = rowIssuer;
            return this;
        }

        /** The criteria ids a row may name. */
        public Builder knownBadges(Set<String> knownBadges) {
            this.knownBadges = Set.copyOf(knownBadges);
            return this;
        }

        /** The badge for rows whose {@code badge} cell is empty (or for files without that column); null for none. */
        public Builder defaultBadge(String defaultBadge) {
            this.defaultBadge = defaultBadge;
            return this;
        }

        /** The language for rows whose {@code lang} cell is empty; default {@code en}. */
        public Builder defaultLang(String defaultLang) {
            this.defaultLang = defaultLang;
            return this;
        }

        /** Worker threads; default: available processors. */
        public Builder jobs(int jobs) {
            this.jobs = jobs;
            return this;
        }

        /** Stop after pre-flight; write nothing. */
        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /** Issue even when the ledger already has this recipient+badge under another batch or row key. */
        public Builder allowReissue(boolean allowReissue) {
            this.allowReissue = allowReissue;
            return this;
        }

        /** Ignore header columns other than the known ones, instead of refusing the file. */
        public Builder ignoreUnknownColumns(boolean ignoreUnknownColumns) {
            this.ignoreUnknownColumns = ignoreUnknownColumns;
            return this;
        }

        /** For XLSX: the sheet to read; default the first. */
        public Builder sheet(String sheet) {
            this.sheet = sheet;
            return this;
        }

        /** Receives progress during issuance. */
        public Builder progress(ProgressListener progress) {
            this.progress = progress;
            return this;
        }

        /** The clock for ledger timestamps and timing. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The batch id; default: the input file name without its extension. */
        public Builder batchId(String batchId) {
            this.batchId = batchId;
            return this;
        }

        /** The namespace of credential ids: the issuer id (or workspace id); keep it stable for a workspace. */
        public Builder idNamespace(String idNamespace) {
            this.idNamespace = idNamespace;
            return this;
        }

        /**
         * @throws BadgeException {@code INVALID_ARGUMENT} naming the missing or bad setting
         */
        public BatchRunner build() throws BadgeException {
            require(input, "input");
            require(outputDir, "outputDir");
            require(ledger, "ledger");
            require(rowIssuer, "rowIssuer");
            require(knownBadges, "knownBadges");
            require(clock, "clock");
            require(progress, "progress");
            if (jobs < 1 || jobs > 256) {
                throw invalid("jobs " + jobs + " is not between 1 and 256");
            }
            if (!RowParser.LANGUAGES.contains(defaultLang)) {
                throw invalid("default language '" + defaultLang + "' is not one of en, fi, et, lv, nl");
            }
            if (defaultBadge != null && !knownBadges.contains(defaultBadge)) {
                throw invalid("default badge '" + defaultBadge + "' is not one of " + knownBadges);
            }
            String id = batchId != null ? batchId.trim() : stem(input);
            if (id.isEmpty() || id.contains("\n")) {
                throw invalid("batch id '" + id + "' must be a non-empty single line");
            }
            return new BatchRunner(new Settings(input, outputDir, ledger, rowIssuer, knownBadges, defaultBadge, defaultLang,
                    jobs, dryRun, allowReissue, ignoreUnknownColumns, sheet, progress, clock, id,
                    Objects.requireNonNull(idNamespace, "idNamespace")));
        }

        private static String stem(Path file) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }

        private static void require(Object value, String name) throws BadgeException {
            if (value == null) {
                throw invalid("batch setting '" + name + "' is required");
            }
        }

        private static BadgeException invalid(String message) {
            return new BadgeException(BadgeException.Code.INVALID_ARGUMENT, message);
        }
    }
}
