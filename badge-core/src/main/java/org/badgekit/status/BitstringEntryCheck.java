package org.badgekit.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.badgekit.BadgeException;

/**
 * Checks a {@code BitstringStatusListEntry} (or the older {@code StatusList2021Entry}) following the spec's validation
 * algorithm: fetch the list credential, tie it to the credential's issuer, check its validity period and purpose, expand the
 * list, check its length and the index range, read the status value.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm">Validate algorithm</a>
 */
final class BitstringEntryCheck {
    static final String ENTRY = "BitstringStatusListEntry";
    static final String LEGACY_ENTRY = "StatusList2021Entry";
    private static final int MAX_STATUS_SIZE = 8;

    private final ListFetcher fetcher;

    BitstringEntryCheck(ListFetcher fetcher) {
        this.fetcher = fetcher;
    }

    StatusResult check(JsonNode entry, String type, String credentialIssuer, String pointer) {
        String purpose = JsonFields.text(entry, "statusPurpose");
        String url = JsonFields.text(entry, "statusListCredential");
        JsonNode list = null;
        try {
            if (purpose == null) {
                throw new StatusProblem(type + " at " + pointer + " has no statusPurpose string");
            }
            StatusPurpose knownPurpose = StatusPurpose.parse(purpose).orElseThrow(() -> new StatusProblem(
                    "statusPurpose '" + purpose + "' is not revocation or suspension, so it does not decide validity here"));
            if (url == null) {
                throw new StatusProblem(type + " at " + pointer + " has no statusListCredential URL string");
            }
            long index = index(entry.get("statusListIndex"));
            int statusSize = statusSize(entry.get("statusSize"));
            list = fetcher.fetch(url);
            boolean legacy = LEGACY_ENTRY.equals(type);
            String listType = legacy ? "StatusList2021Credential" : BitstringStatusListCredential.TYPE;
            if (!JsonFields.strings(list.path("type")).contains(listType)) {
                throw new StatusProblem("status list " + url + " has type " + JsonFields.strings(list.path("type"))
                        + ", expected " + listType, list);
            }
            fetcher.checkIssuer(url, list, credentialIssuer, true);
            fetcher.checkValidity(url, list);
            JsonNode subject = subject(url, list);
            List<String> listPurposes = JsonFields.strings(subject.path("statusPurpose"));
            if (!listPurposes.contains(purpose)) {
                throw new StatusProblem("status list " + url + " has statusPurpose " + listPurposes + ", but the entry at "
                        + pointer + " expects '" + purpose + "'", list);
            }
            String encoded = JsonFields.text(subject, "encodedList");
            if (encoded == null) {
                throw new StatusProblem("status list " + url + " has no encodedList string", list);
            }
            Bitstring bits;
            try {
                bits = Bitstring.decode(encoded);
            } catch (BadgeException e) {
                throw new StatusProblem("status list " + url + ": " + e.getMessage(), list);
            }
            long entries = bits.size() / statusSize;
            if (entries < Bitstring.MIN_BITS) {
                throw new StatusProblem("status list " + url + " has " + entries + " entries of " + statusSize
                        + " bits, the spec requires at least " + Bitstring.MIN_BITS, list);
            }
            if (index >= entries) {
                throw new StatusProblem("statusListIndex " + index + " is outside status list " + url + " of " + entries
                        + " entries", list);
            }
            int value = bits.value(index, statusSize);
            StatusResult.State state = value == 0 ? StatusResult.State.NOT_REVOKED
                    : knownPurpose == StatusPurpose.REVOCATION ? StatusResult.State.REVOKED : StatusResult.State.SUSPENDED;
            String verdict = value == 0 ? "not " + (knownPurpose == StatusPurpose.REVOCATION ? "revoked" : "suspended")
                    : state == StatusResult.State.REVOKED ? "revoked" : "suspended";
            return new StatusResult(type, purpose, state, verdict + ": entry " + index + " of " + purpose + " list " + url
                    + " is " + (value == 0 ? "clear" : "set"), pointer, url, list, null);
        } catch (StatusProblem problem) {
            return StatusResult.unknown(type, purpose, problem.getMessage(), pointer, url,
                    problem.listDocument() != null ? problem.listDocument() : list);
        }
    }

    private static JsonNode subject(String url, JsonNode list) throws StatusProblem {
        JsonNode subject = list.path("credentialSubject");
        if (subject.isArray() && subject.size() == 1) {
            subject = subject.get(0);
        }
        if (!subject.isObject()) {
            throw new StatusProblem("status list " + url + " has no credentialSubject object", list);
        }
        return subject;
    }

    /** A base-10 string of digits (what the spec requires), or a JSON integer (seen in the wild, e.g. 1EdTech samples). */
    private static long index(JsonNode value) throws StatusProblem {
        if (value == null || value.isNull()) {
            throw new StatusProblem("statusListIndex is missing, expected a base-10 integer string such as \"94567\"");
        }
        if (value.isIntegralNumber()) {
            if (!value.canConvertToLong() || value.asLong() < 0) {
                throw new StatusProblem("statusListIndex " + value + " is not a non-negative integer");
            }
            return value.asLong();
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        if (!value.isTextual() || !text.matches("[0-9]{1,12}")) {
            throw new StatusProblem("statusListIndex '" + text + "' is not a non-negative base-10 integer string");
        }
        return Long.parseLong(text);
    }

    private static int statusSize(JsonNode value) throws StatusProblem {
        if (value == null || value.isNull()) {
            return 1;
        }
        if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > MAX_STATUS_SIZE) {
            throw new StatusProblem("statusSize " + value + " is not an integer between 1 and " + MAX_STATUS_SIZE);
        }
        return value.asInt();
    }
}
