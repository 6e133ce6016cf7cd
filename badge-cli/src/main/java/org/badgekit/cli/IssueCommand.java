package org.badgekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.bake.Baker;
import org.badgekit.bake.ImageFormat;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.AtomicFiles;
import org.badgekit.issue.BadgeFormat;
import org.badgekit.issue.BadgeImages;
import org.badgekit.issue.EvidenceItem;
import org.badgekit.issue.IssueRequest;
import org.badgekit.issue.IssuedBadge;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.Ledger;
import org.badgekit.issue.LedgerEntry;
import org.badgekit.issue.ProofFormat;
import org.badgekit.issue.Recipient;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceLocator;
import org.badgekit.json.JsonCodec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code badge issue}: one badge to one person, signed, optionally baked, written atomically, recorded in the workspace ledger
 * before success is reported.
 */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Issue one badge to one person, signed and optionally baked.",
            "OB 3.0 with a Data Integrity proof or as VC-JWT, or OB 2.0 signed or hosted; written to --out atomically and",
            "recorded in the workspace ledger."})
final class IssueCommand implements Callable<Integer> {
    static final long MAX_IMAGE_BYTES = 8L * 1024 * 1024;

    @Option(names = "--badge", required = true, paramLabel = "ID", description = "Criteria id, e.g. workplace-instructor.")
    String badge;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "Recipient's e-mail address.")
    String email;

    @Option(names = "--name", paramLabel = "NAME", description = "Recipient's name (written in plain text).")
    String name;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the badge texts: en, fi, et, lv, nl (default: the workspace's first).")
    String lang;

    @Option(names = "--format", paramLabel = "ob3|ob2", defaultValue = "ob3", description = "Open Badges version (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--proof", paramLabel = "di|jwt|hosted", defaultValue = "di",
            description = "OB 3.0: di (eddsa-rdfc-2022) or jwt (VC-JWT); OB 2.0: di/jwt = signed (JWS RS256), hosted (default ${DEFAULT-VALUE}).")
    String proof;

    @Option(names = "--bake", paramLabel = "png|svg", description = "Bake the badge into a PNG or SVG picture.")
    String bake;

    @Option(names = "--image", paramLabel = "FILE", description = "Picture to bake into (default: the criteria picture, else a generated one).")
    Path image;

    @Option(names = "--plain", description = "Write the e-mail address in plain text instead of a salted hash.")
    boolean plain;

    @Option(names = "--valid-until", paramLabel = "DATE", description = "Expiry: YYYY-MM-DD (end of that day, UTC) or an ISO timestamp.")
    String validUntil;

    @Option(names = "--evidence-url", paramLabel = "URL", description = "URL of evidence.")
    String evidenceUrl;

    @Option(names = "--evidence-narrative", paramLabel = "TEXT", description = "What the person did (Markdown).")
    String evidenceNarrative;

    @Option(names = "--evidence-file", paramLabel = "FILE", description = "Evidence file kept elsewhere: its SHA-256 goes into the badge.")
    Path evidenceFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--allow-reissue", description = "Issue even when the ledger shows this person already has this badge.")
    boolean allowReissue;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Passphrase of encrypted workspace keys (first line).")
    Path passphraseFile;

    @Option(names = "--json", description = "Print one JSON document describing what was issued.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress or warnings on stderr (errors still go there).")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        Recipient recipient = Recipient.email(email);
        IssueRequest.Builder request = IssueRequest.newBuilder(badge, plain ? recipient.plain() : recipient)
                .recipientName(name).language(lang).validUntil(validUntil == null ? null : parseDate("--valid-until", validUntil))
                .format(BadgeFormat.parse(format)).proof(ProofFormat.parse(proof));
        EvidenceItem evidence = evidence();
        if (evidence != null) {
            request.addEvidence(evidence);
        }
        byte[] picture = image == null ? null : readImage(image);
        ImageFormat bakeFormat = bakeFormat(picture);
        checkOutput();

        WorkspaceLocator.Located located = WorkspaceContext.locate(spec, quiet);
        Workspace workspace = located.workspace();
        Clock clock = Clock.systemUTC();
        CriteriaLibrary criteria = CriteriaSource.resolve(null).load();
        try (Ledger ledger = Ledger.open(workspace.ledgerFile(), workspace.ledgerSecret())) {
            if (!allowReissue) {
                refuseReissue(ledger, ledger.emailKey(recipient.identity()));
            }
            Issuer issuer = WorkspaceContext.issuer(workspace, passphraseFile, criteria, clock);
            IssuedBadge issued = issuer.issue(request.build());
            byte[] bytes;
            if (bakeFormat == null) {
                bytes = (issued.payload() + "\n").getBytes(StandardCharsets.UTF_8);
            } else {
                byte[] base = picture != null ? picture
                        : new BadgeImages().imageFor(criteria.get(issued.badgeId()), issued.language(), bakeFormat);
                bytes = Baker.create().bake(base, issued.bakedPayload());
            }
            AtomicFiles.write(out, bytes);
            try {
                ledger.append(new LedgerEntry(issued.id(), "single", "single:" + issued.id(), 0, null, issued.recipientHash(),
                        ledger.emailKey(recipient.identity()), issued.badgeId(), issued.badgeVersion(), issued.statusIndex(),
                        clock.instant(), List.of(out.toAbsolutePath().toString())));
            } catch (BadgeException e) {
                deleteQuietly(out);
                throw e;
            }
            print(issued, workspace, bakeFormat);
        }
        return ExitCode.OK;
    }

    /** Refuses a second copy of the same badge to the same person, as the batch engine does across batches. */
    private void refuseReissue(Ledger ledger, String emailKey) throws BadgeException {
        LedgerEntry[] earlier = new LedgerEntry[1];
        ledger.forEach(entry -> {
            if (earlier[0] == null && entry.badge().equals(badge) && entry.emailKey().equals(emailKey)) {
                earlier[0] = entry;
            }
        });
        if (earlier[0] != null) {
            throw new BadgeException(BadgeException.Code.ALREADY_EXISTS, email.trim() + " already has badge " + badge + " ("
                    + earlier[0].id() + ", issued " + earlier[0].issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    + "); pass --allow-reissue to issue another");
        }
    }

    private void print(IssuedBadge issued, Workspace workspace, ImageFormat bakeFormat) {
        PrintWriter stdout = spec.commandLine().getOut();
        String security = issued.format() == BadgeFormat.OB3
                ? (issued.proof() == ProofFormat.DI ? "eddsa-rdfc-2022" : "VC-JWT") : issued.isJws() ? "signed (JWS RS256)" : "hosted";
        if (json) {
            ObjectNode result = JsonCodec.mapper().createObjectNode();
            result.put("id", issued.id());
            result.put("file", out.toString());
            result.put("format", issued.format().value());
            result.put("proof", issued.proof().value());
            result.put("baked", bakeFormat == null ? null : bakeFormat.name().toLowerCase(Locale.ROOT));
            result.put("badge", issued.badgeId());
            result.put("version", issued.badgeVersion());
            result.put("language", issued.language());
            result.put("issuer", workspace.issuerId());
            result.put("recipientHash", issued.recipientHash());
            if (issued.statusIndex() != null) {
                result.put("statusIndex", issued.statusIndex().intValue());
                result.put("statusListCredential", issued.statusListUrl());
            }
            stdout.println(JsonCodec.writePretty(result));
        } else {
            stdout.println("issued " + issued.id());
            stdout.println("  file:    " + out + (bakeFormat == null ? "" : " (baked " + bakeFormat.name().toLowerCase(Locale.ROOT) + ")"));
            stdout.println("  badge:   " + issued.badgeId() + " v" + issued.badgeVersion() + " (" + issued.language() + "), "
                    + (issued.format() == BadgeFormat.OB3 ? "OB 3.0" : "OB 2.0") + ", " + security);
            stdout.println("  issuer:  " + workspace.issuerId());
        }
        stdout.flush();
    }

    private EvidenceItem evidence() throws BadgeException {
        if (evidenceUrl == null && evidenceNarrative == null && evidenceFile == null) {
            return null;
        }
        if (evidenceUrl != null && !(evidenceUrl.startsWith("https://") || evidenceUrl.startsWith("http://"))) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "--evidence-url '" + evidenceUrl
                    + "' is not an absolute http(s) URL");
        }
        byte[] digest = null;
        String fileName = null;
        if (evidenceFile != null) {
            try (java.io.InputStream in = Files.newInputStream(evidenceFile)) {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[64 * 1024];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    sha256.update(buffer, 0, read);
                }
                digest = sha256.digest();
                fileName = evidenceFile.getFileName().toString();
            } catch (java.nio.file.NoSuchFileException e) {
                throw new BadgeException(BadgeException.Code.NOT_FOUND, "evidence file " + evidenceFile + " does not exist",
                        evidenceFile.toString(), e);
            } catch (IOException e) {
                throw new BadgeException(BadgeException.Code.IO_ERROR, evidenceFile + ": cannot read: " + e.getMessage(),
                        evidenceFile.toString(), e);
            } catch (NoSuchAlgorithmException e) {
                throw new BadgeException(BadgeException.Code.INTERNAL, "SHA-256 is missing from this Java platform", e);
            }
        }
        return new EvidenceItem(evidenceUrl, evidenceNarrative, fileName, digest);
    }

    private ImageFormat bakeFormat(byte[] picture) throws BadgeException {
        ImageFormat wanted = null;
        if (bake != null) {
            switch (bake.trim().toLowerCase(Locale.ROOT)) {
                case "png":
                    wanted = ImageFormat.PNG;
                    break;
                case "svg":
                    wanted = ImageFormat.SVG;
                    break;
                default:
                    throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "--bake '" + bake + "' is not one of png, svg");
            }
        }
        if (picture == null) {
            return wanted;
        }
        ImageFormat actual = Baker.create().formatOf(picture);
        if (wanted != null && wanted != actual) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "--image " + image + " is " + actual + " but --bake "
                    + bake + " was asked for");
        }
        return actual;
    }

    private static byte[] readImage(Path file) throws BadgeException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new BadgeException(BadgeException.Code.NOT_FOUND, "image " + file + " does not exist", file.toString(), null);
            }
            if (Files.size(file) > MAX_IMAGE_BYTES) {
                throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, "image " + file + " is larger than " + MAX_IMAGE_BYTES
                        + " bytes", file.toString(), null);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        }
    }

    /** Fails before anything is signed when the output cannot be written. */
    private void checkOutput() throws BadgeException {
        if (Files.exists(out) && !force) {
            throw new BadgeException(BadgeException.Code.ALREADY_EXISTS, out + ": already exists; pass --force to overwrite it",
                    out.toString(), null);
        }
        if (Files.isDirectory(out)) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, out + ": is a directory; expected a file name", out.toString(), null);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, out + ": cannot write: folder " + parent
                    + (Files.isDirectory(parent) ? " is not writable" : " does not exist"), out.toString(), null);
        }
    }

    static Instant parseDate(String option, String text) throws BadgeException {
        String value = text.trim();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, option + " '" + text
                    + "' is not a date YYYY-MM-DD or a timestamp like 2027-05-31T23:59:59Z");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the ledger error is what the user must see
        }
    }
}
