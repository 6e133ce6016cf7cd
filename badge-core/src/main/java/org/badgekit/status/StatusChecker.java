package org.badgekit.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.badgekit.resolve.DocumentResolver;

/**
 * Establishes a credential's revocation/suspension status from its {@code credentialStatus} entries, fetching lists through a
 * {@link DocumentResolver} (offline unless the caller plugs in one that fetches).
 *
 * <p>Handles {@code BitstringStatusListEntry} (and the older {@code StatusList2021Entry}), {@code 1EdTechRevocationList}, and
 * OB 2.0 {@code RevocationList} documents. Every problem (unreachable or malformed list, wrong purpose, another issuer's
 * list, an expired list, an index out of range, an unsupported entry type) yields {@link StatusResult.State#UNKNOWN} with a
 * message, never "not revoked". A list must name the credential's issuer as its issuer: stricter than the Bitstring Status
 * List spec (which allows a delegated list issuer), because a list anyone can publish could otherwise "revoke" or vouch for
 * any badge. Checking the list credential's own proof is the caller's job: each result carries the fetched document
 * ({@link StatusResult#listCredential()}). Immutable and thread-safe when the resolver is.
 */
public final class StatusChecker {
    private final ListFetcher fetcher;
    private final BitstringEntryCheck bitstring;
    private final RevocationListCheck revocationList;

    private StatusChecker(DocumentResolver resolver, Clock clock) {
        this.fetcher = new ListFetcher(resolver, clock);
        this.bitstring = new BitstringEntryCheck(fetcher);
        this.revocationList = new RevocationListCheck(fetcher);
    }

    /**
     * A checker fetching lists through {@code resolver} and judging list validity periods at {@code clock}'s instant.
     */
    public static StatusChecker of(DocumentResolver resolver, Clock clock) {
        return new StatusChecker(Objects.requireNonNull(resolver, "resolver"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Checks every {@code credentialStatus} entry of {@code credential} (an OB 3.0 / VC JSON object; for a VC-JWT pass the
     * decoded credential). No {@code credentialStatus} gives an empty list.
     */
    public List<StatusResult> check(JsonNode credential) {
        Objects.requireNonNull(credential, "credential");
        JsonNode status = credential.get("credentialStatus");
        if (status == null || status.isNull()) {
            return List.of();
        }
        return check(status, JsonFields.text(credential, "id"), JsonFields.issuerId(credential).orElse(null));
    }

    /**
     * Checks {@code credentialStatus} (one entry object or an array of them) of the credential with id {@code credentialId}
     * issued by {@code credentialIssuer}; either may be null when the credential lacks it, which makes the checks that need
     * it UNKNOWN.
     */
    public List<StatusResult> check(JsonNode credentialStatus, String credentialId, String credentialIssuer) {
        Objects.requireNonNull(credentialStatus, "credentialStatus");
        List<StatusResult> results = new ArrayList<>();
        if (credentialStatus.isArray()) {
            if (credentialStatus.isEmpty()) {
                results.add(StatusResult.unknown("credentialStatus", null,
                        "credentialStatus is an empty array, expected at least one status entry", "/credentialStatus", null,
                        null));
            }
            for (int i = 0; i < credentialStatus.size(); i++) {
                results.add(checkEntry(credentialStatus.get(i), credentialId, credentialIssuer, "/credentialStatus/" + i));
            }
        } else {
            results.add(checkEntry(credentialStatus, credentialId, credentialIssuer, "/credentialStatus"));
        }
        return List.copyOf(results);
    }

    /**
     * Checks an OB 2.0 assertion against its issuer's {@code RevocationList} (the profile's {@code revocationList} URL).
     *
     * @param assertionId the assertion's {@code id}; may be null when only {@code uid} is known
     * @param uid the assertion's legacy {@code uid}, or null
     * @param issuerId the issuer profile's id; a list naming another issuer gives UNKNOWN
     */
    public StatusResult checkOb2(String revocationListUrl, String assertionId, String uid, String issuerId) {
        Objects.requireNonNull(revocationListUrl, "revocationListUrl");
        return revocationList.checkOb2(revocationListUrl, assertionId, uid, issuerId);
    }

    private StatusResult checkEntry(JsonNode entry, String credentialId, String credentialIssuer, String pointer) {
        if (!entry.isObject()) {
            return StatusResult.unknown("credentialStatus", null, "credentialStatus entry at " + pointer
                    + " is not a JSON object", pointer, null, null);
        }
        List<String> types = JsonFields.strings(entry.path("type"));
        if (types.contains(BitstringEntryCheck.ENTRY)) {
            return bitstring.check(entry, BitstringEntryCheck.ENTRY, credentialIssuer, pointer);
        }
        if (types.contains(BitstringEntryCheck.LEGACY_ENTRY)) {
            return bitstring.check(entry, BitstringEntryCheck.LEGACY_ENTRY, credentialIssuer, pointer);
        }
        if (types.contains(RevocationListCheck.EDTECH_TYPE)) {
            return revocationList.check1EdTech(entry, credentialId, credentialIssuer, pointer);
        }
        String type = types.isEmpty() ? "credentialStatus" : types.get(0);
        return StatusResult.unknown(type, JsonFields.text(entry, "statusPurpose"), "credentialStatus type " + types
                + " at " + pointer + " is not supported (expected BitstringStatusListEntry or 1EdTechRevocationList)",
                pointer, null, null);
    }
}
