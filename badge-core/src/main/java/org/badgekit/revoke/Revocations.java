package org.badgekit.revoke;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.issue.LedgerEntry;
import org.badgekit.issue.Workspace;
import org.badgekit.status.RevokedAssertion;
import org.badgekit.status.StatusListAllocator;
import org.badgekit.status.StatusListKey;
import org.badgekit.status.StatusListStore;
import org.badgekit.status.StatusPurpose;
import org.badgekit.status.StatusRecord;

/**
 * Revokes, suspends and un-suspends the badges of an issuer workspace, and reports their state.
 *
 * <p>OB 3.0 credentials are changed through their {@code BitstringStatusListEntry} bits in the workspace's
 * {@link StatusListStore}; OB 2.0 assertions are added to the issuer's RevocationList. Every change is appended to the
 * {@link StatusLog} with time and reason; doing something that is already done changes nothing and says so. Revocation is
 * permanent; a suspension is lifted with {@link #unsuspend}. The published lists change only when {@code badge publish}
 * runs again.
 *
 * <p>Design of lifting: a separate operation ({@code badge unsuspend ID}) rather than a flag on revoke, because revoking and
 * lifting are opposite actions and only suspensions can be lifted.
 */
public final class Revocations {
    private final Workspace workspace;
    private final StatusListStore store;
    private final StatusListAllocator allocator;
    private final StatusLog log;
    private final LedgerLookup ledger;
    private final Clock clock;

    private Revocations(Workspace workspace, Clock clock) throws BadgeException {
        this.workspace = workspace;
        this.clock = clock;
        this.store = StatusListStore.open(workspace.stateDir(), clock);
        this.allocator = StatusListAllocator.newBuilder(workspace.stateDir(), workspace.statusListUrlTemplate()).build();
        this.log = StatusLog.in(workspace.stateDir());
        this.ledger = new LedgerLookup(workspace);
    }

    /** Revocations of {@code workspace}, timestamped by {@code clock}. */
    public static Revocations of(Workspace workspace, Clock clock) throws BadgeException {
        return new Revocations(Objects.requireNonNull(workspace, "workspace"), Objects.requireNonNull(clock, "clock"));
    }

    /** The status log. */
    public StatusLog log() {
        return log;
    }

    /**
     * Finds a badge named by a file (baked image, JSON, JWS) or, when no such file exists, by its credential id in the ledger.
     *
     * @throws BadgeException {@code NOT_FOUND} for an id the ledger does not know; {@code MALFORMED_INPUT} for a file that
     *     holds no badge; {@code INVALID_INPUT} for a badge of another issuer
     */
    public BadgeTarget find(String idOrFile) throws BadgeException {
        Objects.requireNonNull(idOrFile, "idOrFile");
        Path file = asFile(idOrFile);
        if (file != null) {
            return checkIssuer(BadgeTarget.fromDocument(BadgeFiles.read(file), file.toString()));
        }
        List<LedgerEntry> entries = ledger.byId(idOrFile);
        if (entries.isEmpty()) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, "'" + idOrFile + "' is neither a badge file nor the id of a "
                    + "badge in the ledger " + workspace.ledgerFile(), idOrFile, null);
        }
        return fromLedger(entries.get(0));
    }

    /**
     * Finds the one badge whose ledger entry has {@code ref} (the coordinator's row key).
     *
     * @throws BadgeException {@code NOT_FOUND} when none has; {@code INVALID_ARGUMENT} when several have
     */
    public BadgeTarget findByRef(String ref) throws BadgeException {
        return single(ledger.byRef(Objects.requireNonNull(ref, "ref")), "ref '" + ref + "'");
    }

    /**
     * Finds the one badge issued to {@code email}.
     *
     * @throws BadgeException {@code NOT_FOUND} when none was; {@code INVALID_ARGUMENT} when several were (name one by id)
     */
    public BadgeTarget findByEmail(String email) throws BadgeException {
        return single(ledger.byEmail(Objects.requireNonNull(email, "email")), "e-mail address " + email);
    }

    /**
     * Revokes the badge for good.
     *
     * @throws BadgeException {@code UNSUPPORTED} for an OB 3.0 credential without a revocation entry; {@code INVALID_INPUT}
     *     for a status list or index this workspace does not have; {@code IO_ERROR}
     */
    public StatusUpdate revoke(BadgeTarget target, String reason) throws BadgeException {
        if (!target.ob3()) {
            return revokeAssertion(target, reason);
        }
        return setBit(target, StatusPurpose.REVOCATION, StatusChange.REVOKED, reason);
    }

    /**
     * Suspends the badge until {@link #unsuspend} lifts it.
     *
     * @throws BadgeException {@code UNSUPPORTED} for OB 2.0 (it has no suspension) and for credentials without a suspension
     *     entry
     */
    public StatusUpdate suspend(BadgeTarget target, String reason) throws BadgeException {
        if (!target.ob3()) {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED, target.id() + " is an OB 2.0 assertion, which has no "
                    + "suspension; revoke it instead");
        }
        return setBit(target, StatusPurpose.SUSPENSION, StatusChange.SUSPENDED, reason);
    }

    /**
     * Lifts a suspension.
     *
     * @throws BadgeException {@code UNSUPPORTED} for a badge without a suspension entry
     */
    public StatusUpdate unsuspend(BadgeTarget target) throws BadgeException {
        StatusSlot slot = requireSlot(target, StatusPurpose.SUSPENSION);
        StatusListKey key = keyOf(target, slot);
        checkIndex(target, key, slot);
        boolean changed = store.clear(key, slot.index());
        Instant now = now();
        if (changed) {
            log.append(new StatusEvent(now, target.id(), StatusChange.UNSUSPENDED, null, slot.listUrl(), slot.index()));
        }
        return new StatusUpdate(target, StatusChange.UNSUSPENDED, changed, changed ? now : null, null);
    }

    /** The badge's state: issued, suspended or revoked, with time, reason and history. */
    public BadgeStatus status(BadgeTarget target) throws BadgeException {
        List<LedgerEntry> entries = ledger.byId(target.id());
        LedgerEntry issued = entries.isEmpty() ? null : entries.get(0);
        List<StatusEvent> history = log.read().stream().filter(event -> event.credentialId().equals(target.id())).toList();
        Instant issuedAt = issued == null ? null : issued.issuedAt();
        if (!target.ob3()) {
            Optional<RevokedAssertion> revoked = revokedAssertion(target.id());
            return revoked.map(r -> new BadgeStatus(target, BadgeStatus.State.REVOKED, r.revokedAt(), r.reason(), issued, history))
                    .orElseGet(() -> new BadgeStatus(target, BadgeStatus.State.ISSUED, issuedAt, null, issued, history));
        }
        for (StatusPurpose purpose : List.of(StatusPurpose.REVOCATION, StatusPurpose.SUSPENSION)) {
            Optional<StatusSlot> slot = target.slot(purpose);
            if (slot.isEmpty()) {
                continue;
            }
            StatusListKey key = keyOf(target, slot.get());
            checkIndex(target, key, slot.get());
            if (store.isSet(key, slot.get().index())) {
                Optional<StatusRecord> record = record(key, slot.get().index());
                return new BadgeStatus(target, purpose == StatusPurpose.REVOCATION ? BadgeStatus.State.REVOKED
                        : BadgeStatus.State.SUSPENDED, record.map(StatusRecord::changedAt).orElse(null),
                        record.map(StatusRecord::reason).orElse(null), issued, history);
            }
        }
        return new BadgeStatus(target, BadgeStatus.State.ISSUED, issuedAt, null, issued, history);
    }

    private StatusUpdate setBit(BadgeTarget target, StatusPurpose purpose, StatusChange change, String reason)
            throws BadgeException {
        StatusSlot slot = requireSlot(target, purpose);
        StatusListKey key = keyOf(target, slot);
        checkIndex(target, key, slot);
        boolean changed = store.set(key, slot.index(), target.id(), reason);
        if (!changed) {
            Optional<StatusRecord> record = record(key, slot.index());
            return new StatusUpdate(target, change, false, record.map(StatusRecord::changedAt).orElse(null),
                    record.map(StatusRecord::reason).orElse(null));
        }
        Instant now = now();
        log.append(new StatusEvent(now, target.id(), change, reason, slot.listUrl(), slot.index()));
        return new StatusUpdate(target, change, true, now, reason);
    }

    private StatusUpdate revokeAssertion(BadgeTarget target, String reason) throws BadgeException {
        boolean changed = store.revokeAssertion(ob2Issuer(), target.id(), reason);
        if (!changed) {
            Optional<RevokedAssertion> before = revokedAssertion(target.id());
            return new StatusUpdate(target, StatusChange.REVOKED, false, before.map(RevokedAssertion::revokedAt).orElse(null),
                    before.map(RevokedAssertion::reason).orElse(null));
        }
        Instant now = now();
        log.append(new StatusEvent(now, target.id(), StatusChange.REVOKED, reason, workspace.ob2RevocationListUrl().toString(),
                null));
        return new StatusUpdate(target, StatusChange.REVOKED, true, now, reason);
    }

    private Optional<RevokedAssertion> revokedAssertion(String id) throws BadgeException {
        return store.revokedAssertions(ob2Issuer()).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private Optional<StatusRecord> record(StatusListKey key, int index) throws BadgeException {
        return store.records(key).stream().filter(r -> r.index() == index).findFirst();
    }

    private String ob2Issuer() {
        return workspace.ob2ProfileUrl().toString();
    }

    private BadgeTarget fromLedger(LedgerEntry entry) throws BadgeException {
        for (Path file : ledger.existingFiles(entry)) {
            try {
                BadgeTarget target = BadgeTarget.fromDocument(BadgeFiles.read(file), file.toString());
                if (target.id().equals(entry.id())) {
                    return checkIssuer(target);
                }
            } catch (BadgeException e) {
                // a moved or replaced output file: fall back to what the ledger itself records
            }
        }
        if (entry.statusIndex() == null) {
            return new BadgeTarget(entry.id(), false, null, List.of(), "ledger");
        }
        List<StatusListKey> lists = lists(StatusPurpose.REVOCATION);
        if (lists.size() != 1) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, "the ledger records status index " + entry.statusIndex()
                    + " of " + entry.id() + " but not which of the " + lists.size() + " revocation lists it is in; "
                    + "name the badge file instead", entry.id(), null);
        }
        String url = StatusListAllocator.listUrl(workspace.statusListUrlTemplate(), StatusPurpose.REVOCATION,
                lists.get(0).listNumber());
        return new BadgeTarget(entry.id(), true, workspace.issuerId(),
                List.of(new StatusSlot(StatusPurpose.REVOCATION, url, entry.statusIndex())), "ledger");
    }

    private BadgeTarget single(List<LedgerEntry> entries, String what) throws BadgeException {
        if (entries.isEmpty()) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, "no badge in the ledger " + workspace.ledgerFile()
                    + " was issued for " + what);
        }
        if (entries.size() > 1) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, what + " matches " + entries.size() + " badges ("
                    + String.join(", ", entries.stream().map(LedgerEntry::id).toList()) + "); name one by id");
        }
        return fromLedger(entries.get(0));
    }

    private BadgeTarget checkIssuer(BadgeTarget target) throws BadgeException {
        if (target.ob3() && target.issuer() != null && !target.issuer().equals(workspace.issuerId())) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, target.source() + ": badge " + target.id()
                    + " was issued by " + target.issuer() + ", not by this workspace's issuer " + workspace.issuerId(),
                    target.source(), null);
        }
        return target;
    }

    private StatusSlot requireSlot(BadgeTarget target, StatusPurpose purpose) throws BadgeException {
        return target.slot(purpose).orElseThrow(() -> new BadgeException(BadgeException.Code.UNSUPPORTED, "badge "
                + target.id() + " has no " + purpose.value() + " status entry (BitstringStatusListEntry with statusPurpose "
                + purpose.value() + "), so it cannot be " + (purpose == StatusPurpose.REVOCATION ? "revoked" : "suspended")
                + " through a status list", target.source(), null));
    }

    private StatusListKey keyOf(BadgeTarget target, StatusSlot slot) throws BadgeException {
        for (StatusListKey key : lists(slot.purpose())) {
            String url = StatusListAllocator.listUrl(workspace.statusListUrlTemplate(), key.purpose(), key.listNumber());
            if (url.equals(slot.listUrl())) {
                return key;
            }
        }
        throw new BadgeException(BadgeException.Code.INVALID_INPUT, target.source() + ": status list " + slot.listUrl()
                + " of badge " + target.id() + " is not one of this workspace's " + slot.purpose().value() + " lists",
                target.source(), null);
    }

    private void checkIndex(BadgeTarget target, StatusListKey key, StatusSlot slot) throws BadgeException {
        int size = allocator.allocatedLists().getOrDefault(key, 0);
        if (slot.index() >= size) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, target.source() + ": status index " + slot.index()
                    + " of badge " + target.id() + " is outside " + slot.listUrl() + " (" + size + " entries)",
                    target.source(), null);
        }
    }

    private List<StatusListKey> lists(StatusPurpose purpose) throws BadgeException {
        Map<StatusListKey, Integer> lists = allocator.allocatedLists();
        return lists.keySet().stream().filter(key -> key.issuer().equals(workspace.issuerId()) && key.purpose() == purpose)
                .toList();
    }

    /** The named file when one exists; ids such as {@code urn:uuid:...} are not file names (and not valid ones on Windows). */
    private static Path asFile(String idOrFile) {
        try {
            Path file = Path.of(idOrFile);
            return Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
