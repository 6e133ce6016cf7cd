package org.badgekit.issue.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.badgekit.issue.Ledger;

/** A workspace-like folder for batch tests: input files, an output directory and a ledger. */
final class BatchFixture {
    static final Set<String> BADGES = Set.of("learning-ambassador", "workplace-instructor");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-31T10:00:00Z"), ZoneOffset.UTC);

    final Path dir;
    final Path out;
    final Path ledgerFile;

    BatchFixture(Path dir) {
        this.dir = dir;
        this.out = dir.resolve("out");
        this.ledgerFile = dir.resolve("state/ledger.jsonl");
    }

    Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    BatchRunner.Builder runner(Path input, Ledger ledger, RowIssuer issuer) {
        return BatchRunner.newBuilder().input(input).outputDir(out).ledger(ledger).rowIssuer(issuer).knownBadges(BADGES)
                .jobs(2).clock(CLOCK);
    }

    /** Runs the batch with a fresh ledger handle, closing it afterwards. */
    BatchResult run(Path input, RowIssuer issuer) throws BadgeException {
        try (Ledger ledger = Ledger.open(ledgerFile)) {
            return runner(input, ledger, issuer).build().run();
        }
    }

    List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    long count(String subdir, String suffix) throws IOException {
        Path folder = out.resolve(subdir);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).count();
        }
    }

    /** Temp files anywhere under the output directory. */
    long tempFiles() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    /** Generates a CSV of {@code rows} valid rows, alternating the two badges and five languages. */
    static String generated(int rows) {
        StringBuilder csv = new StringBuilder("email,name,badge,lang,ref\n");
        String[] langs = {"en", "fi", "et", "lv", "nl"};
        for (int i = 1; i <= rows; i++) {
            csv.append("person").append(i).append("@example.org,Person ").append(i).append(',')
                    .append(i % 2 == 0 ? "learning-ambassador" : "workplace-instructor").append(',')
                    .append(langs[i % 5]).append(",T-").append(i).append('\n');
        }
        return csv.toString();
    }
}
