package org.badgekit.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of a credential according to one {@code credentialStatus} entry (or one OB 2.0 revocation list).
 *
 * <p>{@link State#UNKNOWN} means the status could not be established (list unreachable, unparsable, expired, for another
 * purpose, issued by someone else, index out of range): a verifier must report it, never read it as "not revoked".
 *
 * @param type the entry type, e.g. {@code BitstringStatusListEntry}, {@code 1EdTechRevocationList}, {@code RevocationList}
 * @param purpose the entry's {@code statusPurpose} ({@code revocation} for revocation lists), or {@code null} when missing
 * @param state what was found
 * @param message one sentence saying what was found and where
 * @param pointer the JSON pointer of the entry in the credential, e.g. {@code /credentialStatus/1}, or {@code null}
 * @param listUrl the status list's URL, or {@code null} when the entry named none
 * @param listCredential the fetched list document, so the verifier can check its proof; {@code null} when not fetched/parsed
 * @param reason the revocation reason the list gives, or {@code null}
 */
public record StatusResult(String type, String purpose, State state, String message, String pointer, String listUrl,
        JsonNode listCredential, String reason) {

    /** What one status entry says about the credential. */
    public enum State {
        /** The status bit is clear (or the credential is not on the revocation list): neither revoked nor suspended. */
        NOT_REVOKED,
        /** The credential is revoked. */
        REVOKED,
        /** The credential is suspended (may be lifted later). */
        SUSPENDED,
        /** The status could not be established; see the message. */
        UNKNOWN
    }

    public StatusResult {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
        listCredential = listCredential == null ? null : listCredential.deepCopy();
    }

    /** A copy of the fetched list document, or {@code null}. */
    @Override
    public JsonNode listCredential() {
        return listCredential == null ? null : listCredential.deepCopy();
    }

    /** True when the credential is revoked or suspended according to this entry. */
    public boolean invalidates() {
        return state == State.REVOKED || state == State.SUSPENDED;
    }

    /** The issuer id of the fetched list ({@code issuer} as a string or as an object's {@code id}). */
    public Optional<String> listIssuer() {
        return listCredential == null ? Optional.empty() : JsonFields.issuerId(listCredential);
    }

    /** True when the fetched list names {@code issuerId} as its issuer. */
    public boolean listIssuedBy(String issuerId) {
        return issuerId != null && listIssuer().filter(issuerId::equals).isPresent();
    }

    static StatusResult unknown(String type, String purpose, String message, String pointer, String listUrl,
            JsonNode listCredential) {
        return new StatusResult(type, purpose, State.UNKNOWN, message, pointer, listUrl, listCredential, null);
    }
}
