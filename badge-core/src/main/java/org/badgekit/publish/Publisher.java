package org.badgekit.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.AtomicFiles;
import org.badgekit.issue.Ledger;
import org.badgekit.issue.Workspace;
import org.badgekit.json.JsonCodec;
import org.badgekit.revoke.StatusLog;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.status.StatusListAllocator;
import org.badgekit.status.StatusListKey;

/**
 * Writes the static folder that a web server hosts at the workspace's base URL, so that verifiers can resolve everything a
 * badge points to: see {@link SiteBuilder} for the files.
 *
 * <p>Deterministic: the same workspace state gives the same bytes (sorted, pretty JSON; documents dated with the last change
 * of state, never "now"; Ed25519 signatures are deterministic). Incremental: a file is rewritten only when its bytes differ,
 * atomically. Files are never deleted: a URL that was published stays published (older badge versions, assertions).
 */
public final class Publisher {
    private final Workspace workspace;
    private final DataIntegritySigner signer;
    private final CriteriaLibrary criteria;
    private final List<Path> assertionSources;

    private Publisher(Workspace workspace, DataIntegritySigner signer, CriteriaLibrary criteria, List<Path> assertionSources) {
        this.workspace = workspace;
        this.signer = signer;
        this.criteria = criteria;
        this.assertionSources = List.copyOf(assertionSources);
    }

    /**
     * A publisher for {@code workspace}, signing status lists with {@code signer} (the workspace's Ed25519 key and its
     * {@link Workspace#dataIntegrityMethod()}).
     *
     * @param assertionSources folders or files to take OB 2.0 hosted assertions from, besides the files the ledger lists and
     *     the assertions already in the site folder
     */
    public static Publisher of(Workspace workspace, DataIntegritySigner signer, CriteriaLibrary criteria,
            List<Path> assertionSources) {
        return new Publisher(Objects.requireNonNull(workspace, "workspace"), Objects.requireNonNull(signer, "signer"),
                Objects.requireNonNull(criteria, "criteria"), assertionSources);
    }

    /**
     * Publishes into {@code dir} (created when missing).
     *
     * @throws BadgeException {@code KEY_ERROR} when the signer is not the workspace's key; {@code IO_ERROR} naming a file that
     *     cannot be written; {@code MALFORMED_INPUT} for damaged workspace state
     */
    public PublishReport publish(Path dir) throws BadgeException {
        Objects.requireNonNull(dir, "dir");
        if (!signer.verificationMethod().equals(workspace.dataIntegrityMethod())
                || !signer.publicKeyMultibase().equals(workspace.ed25519PublicKey().publicKeyMultibase().orElse(""))) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "status lists must be signed with the workspace's Ed25519 "
                    + "key as " + workspace.dataIntegrityMethod() + ", not " + signer.verificationMethod());
        }
        LedgerFacts ledger = ledgerFacts();
        Instant stateTime = stateTime(ledger.lastIssued());
        HostedAssertions hosted = new HostedAssertions(workspace.baseUrl().resolve("assertions/").toString());
        Path published = dir.resolve("assertions");
        if (Files.isDirectory(published)) {
            hosted.scan(published);
        }
        for (Path source : ledger.statuslessFiles()) {
            if (Files.isRegularFile(source)) {
                hosted.scan(source);
            }
        }
        for (Path source : assertionSources) {
            hosted.scan(source);
        }
        SiteBuilder builder = new SiteBuilder(workspace, signer, criteria, stateTime);
        SiteFiles site = builder.build(hosted.assertions());
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : site.all().entrySet()) {
            Path target = dir.resolve(file.getKey());
            if (sameBytes(target, file.getValue())) {
                unchanged.add(file.getKey());
            } else {
                AtomicFiles.write(target, file.getValue());
                written.add(file.getKey());
            }
        }
        return new PublishReport(dir, stateTime, written, unchanged, builder.gone(), hosted.skipped());
    }

    /**
     * The time published documents carry: the last status change, else the last issuance in the ledger, else the epoch. Never the wall clock, so republishing an unchanged workspace changes nothing.
     */
    private Instant stateTime(Instant issued) throws BadgeException {
        Instant latest = StatusLog.in(workspace.stateDir()).lastChange().orElse(null);
        if (issued != null && (latest == null || issued.isAfter(latest))) {
            latest = issued;
        }
        return (latest == null ? Instant.EPOCH : latest).truncatedTo(ChronoUnit.SECONDS);
    }

    /** What publishing needs from the ledger: the last issue time, and the files of badges without status entries. */
    private record LedgerFacts(Instant lastIssued, List<Path> statuslessFiles) {}

    /** Reads the ledger once; OB 2.0 hosted assertions are among the files of entries without a status index. */
    private LedgerFacts ledgerFacts() throws BadgeException {
        if (!Files.exists(workspace.ledgerFile())) {
            return new LedgerFacts(null, List.of());
        }
        Instant[] last = new Instant[1];
        List<Path> files = new ArrayList<>();
        try (Ledger ledger = Ledger.open(workspace.ledgerFile(), null)) {
            ledger.forEach(entry -> {
                if (last[0] == null || entry.issuedAt().isAfter(last[0])) {
                    last[0] = entry.issuedAt();
                }
                if (entry.statusIndex() == null) {
                    entry.files().forEach(file -> files.add(workspace.dir().resolve(file)));
                }
            });
        }
        return new LedgerFacts(last[0], files);
    }

    private static boolean sameBytes(Path target, byte[] content) throws BadgeException {
        try {
            return Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, target + ": cannot read: " + e.getMessage(), target.toString(),
                    e);
        }
    }

    /** The status lists of the workspace's issuer that allocation has started, in key order. */
    static List<StatusListKey> lists(Workspace workspace) throws BadgeException {
        StatusListAllocator allocator = StatusListAllocator.newBuilder(workspace.stateDir(), workspace.statusListUrlTemplate())
                .build();
        return allocator.allocatedLists().keySet().stream().filter(key -> key.issuer().equals(workspace.issuerId())).toList();
    }

    /** A JSON array of strings. */
    static ArrayNode strings(List<String> values) {
        ArrayNode array = JsonCodec.mapper().createArrayNode();
        values.forEach(array::add);
        return array;
    }

    static ObjectNode object() {
        return JsonCodec.mapper().createObjectNode();
    }
}
