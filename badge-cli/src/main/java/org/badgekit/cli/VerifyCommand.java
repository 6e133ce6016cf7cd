package org.badgekit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.HttpResolver;
import org.badgekit.resolve.MappedFileResolver;
import org.badgekit.verify.CheckResult;
import org.badgekit.verify.VerificationReport;
import org.badgekit.verify.Verifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code badge verify FILE...}: verifies badge files and prints a report per file (text, or one JSON document). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify Open Badges 2.0 / 3.0 files: baked PNG or SVG, JSON, or a compact JWS/JWT.",
            "Offline by default: linked documents come from --resolve mappings; --online also fetches over HTTP(S)."},
        footer = {"", "Examples:",
            "  badge verify out/baked/*.png",
            "  badge verify badge.png --recipient aino@example.fi --strict --json",
            "  badge verify badge.json --resolve https://college.example.org/badges/=site/",
            "", "Exit codes: 0 all valid (warnings allowed unless --strict), 1 a badge is invalid, "
                    + "3 a file cannot be read or is not a badge, 2 usage error."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Badge files to verify.")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Option(names = "--strict", description = "Treat every warning as a failure.")
    boolean strict;

    @Option(names = "--recipient", paramLabel = "EMAIL", description = "Check that the badge was awarded to this e-mail address.")
    String recipient;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Verify as of this time (e.g. 2026-01-31T12:00:00Z) instead of now.")
    String at;

    @Option(names = "--resolve", paramLabel = "URL=FILE",
            description = "Serve URL from a local FILE (or a URL ending in / from a folder); repeatable.")
    List<String> resolve = new ArrayList<>();

    @Option(names = "--online", description = "Also fetch linked documents over HTTP(S) (timeouts, 2 MB cap, no private addresses).")
    boolean online;

    @Option(names = "--trust", paramLabel = "ISSUER_ID", description = "Trust only these issuer ids (URL or DID); repeatable.")
    List<String> trust = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Null when the verifier is built on demand. */
    private final VerifierWarmup warmup;

    VerifyCommand() {
        this(null);
    }

    /** A command whose verifier parts are already being built by {@code warmup}. */
    VerifyCommand(VerifierWarmup warmup) {
        this.warmup = warmup;
    }

    /** Whether this command's verifier parts were started ahead of time. */
    boolean prebuilt() {
        return warmup != null;
    }

    @Override
    public Integer call() throws BadgeException {
        Verifier verifier = buildVerifier();
        List<FileResult> results = new ArrayList<>();
        for (Path file : files) {
            try {
                results.add(new FileResult(file.toString(), verifier.verify(file), null));
            } catch (BadgeException e) {
                results.add(new FileResult(file.toString(), null, e.getMessage()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonCodec.writePretty(toJson(results)));
        } else {
            new TextReport(out, utf8(), strict, recipient).print(results.stream().map(FileResult::asText).toList());
        }
        out.flush();
        if (results.stream().anyMatch(r -> r.report() == null || r.report().unreadable())) {
            return ExitCode.INPUT;
        }
        return results.stream().allMatch(r -> r.report().valid()) ? ExitCode.OK : ExitCode.INVALID;
    }

    private Verifier buildVerifier() throws BadgeException {
        DocumentResolver resolver = MappedFileResolver.of(resolve);
        if (online) {
            resolver = resolver.orElse(HttpResolver.newBuilder().build());
        }
        Verifier.Builder builder = (warmup != null ? warmup.builder() : Verifier.newBuilder()).resolver(resolver).strict(strict).expectedRecipientEmail(recipient);
        if (at != null) {
            try {
                builder.clock(Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--at '" + at + "' is not an instant, expected e.g. 2026-01-31T12:00:00Z");
            }
        }
        trust.forEach(builder::trustIssuer);
        return builder.build();
    }

    private static ObjectNode toJson(List<FileResult> results) {
        ObjectNode root = JsonCodec.mapper().createObjectNode();
        ArrayNode array = root.putArray("files");
        boolean allValid = true;
        for (FileResult result : results) {
            ObjectNode file = array.addObject();
            file.put("file", result.file());
            VerificationReport report = result.report();
            if (report == null) {
                file.put("valid", false);
                file.put("readable", false);
                file.put("error", result.error());
                file.putArray("checks");
                allValid = false;
                continue;
            }
            allValid &= report.valid();
            file.put("valid", report.valid());
            file.put("readable", !report.unreadable());
            file.put("format", report.format().id());
            file.put("issuer", report.issuer());
            file.put("issuerName", report.issuerName());
            file.put("achievement", report.achievement());
            file.put("issued", report.issued());
            file.put("expires", report.expires());
            file.put("strict", report.strict());
            ArrayNode checks = file.putArray("checks");
            for (CheckResult check : report.checks()) {
                ObjectNode node = checks.addObject();
                node.put("id", check.id());
                node.put("outcome", check.outcome().name());
                node.put("message", check.message());
                node.put("pointer", check.pointer());
            }
        }
        root.put("valid", allValid);
        return root;
    }

    private static boolean utf8() {
        String encoding = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding",
                Charset.defaultCharset().name()));
        return encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8");
    }

    private record FileResult(String file, VerificationReport report, String error) {
        TextReport.Entry asText() {
            return new TextReport.Entry(file, report, error);
        }
    }
}
