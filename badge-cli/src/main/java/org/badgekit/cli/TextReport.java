package org.badgekit.cli;

import java.io.PrintWriter;
import java.util.List;
import org.badgekit.verify.CheckResult;
import org.badgekit.verify.Outcome;
import org.badgekit.verify.VerificationReport;

/** Prints verification reports for people: a verdict line per file, the badge's facts, then each check with a mark. */
final class TextReport {
    /** One file's report, or the reason it could not be read. */
    record Entry(String file, VerificationReport report, String error) {}

    private final PrintWriter out;
    private final boolean unicode;
    private final boolean strict;
    private final String recipient;

    /**
     * @param recipient the expected recipient's e-mail address, or null when none was given
     */
    TextReport(PrintWriter out, boolean unicode, boolean strict, String recipient) {
        this.out = out;
        this.unicode = unicode;
        this.strict = strict;
        this.recipient = recipient;
    }

    void print(List<Entry> entries) {
        boolean first = true;
        for (Entry entry : entries) {
            if (!first) {
                out.println();
            }
            first = false;
            if (entry.report() == null) {
                out.println(mark(Outcome.FAILED) + " UNREADABLE  " + entry.file());
                out.println("  " + entry.error());
                continue;
            }
            print(entry.report());
        }
    }

    private void print(VerificationReport report) {
        List<CheckResult> failed = report.withOutcome(Outcome.FAILED);
        List<CheckResult> warnings = report.withOutcome(Outcome.WARNING);
        String verdict;
        if (report.unreadable()) {
            verdict = mark(Outcome.FAILED) + " NOT A BADGE  ";
        } else if (!report.valid()) {
            verdict = mark(Outcome.FAILED) + " INVALID  ";
        } else if (!warnings.isEmpty()) {
            verdict = mark(Outcome.WARNING) + " VALID with " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s")
                    + "  ";
        } else {
            verdict = mark(Outcome.PASSED) + " VALID  ";
        }
        out.println(verdict + report.subject() + (report.format().recognized() ? "  (" + report.format().describe() + ")" : ""));
        if (!report.unreadable()) {
            field("issuer", issuer(report));
            field("badge", report.achievement() == null ? "(no name)" : report.achievement());
            field("recipient", report.check("recipient").map(this::recipient).orElse("not checked"));
            field("issued", report.issued() == null ? "(none)" : report.issued());
            field("expires", report.expires() == null ? "never" : report.expires());
        }
        if (strict) {
            field("mode", "strict: warnings count as failures");
        }
        if (!failed.isEmpty()) {
            field("failed", failed.size() + " check" + (failed.size() == 1 ? "" : "s") + ": "
                    + String.join(", ", failed.stream().map(CheckResult::id).toList()));
        }
        out.println("  checks:");
        int width = report.checks().stream().mapToInt(c -> c.id().length()).max().orElse(0);
        for (CheckResult check : report.checks()) {
            out.println("    " + mark(check.outcome()) + " " + pad(check.id(), width) + "  " + check.message()
                    + (check.pointer() != null && !check.pointer().isEmpty() && check.outcome() != Outcome.PASSED
                            && check.outcome() != Outcome.SKIPPED ? "  [at " + check.pointer() + "]" : ""));
        }
    }

    private String recipient(CheckResult check) {
        return switch (check.outcome()) {
            case PASSED -> "matches " + recipient;
            case SKIPPED -> "not checked (use --recipient EMAIL)";
            default -> "DOES NOT MATCH " + recipient;
        };
    }

    private static String issuer(VerificationReport report) {
        if (report.issuerName() != null && report.issuer() != null) {
            return report.issuerName() + " <" + report.issuer() + ">";
        }
        return report.issuer() != null ? report.issuer() : report.issuerName() != null ? report.issuerName() : "(unknown)";
    }

    private void field(String name, String value) {
        out.println("  " + pad(name + ":", 11) + value);
    }

    private String mark(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> unicode ? "\u2713" : "ok  ";
            case WARNING -> unicode ? "\u26a0" : "warn";
            case FAILED -> unicode ? "\u2717" : "FAIL";
            case SKIPPED -> unicode ? "-" : "-   ";
        };
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
