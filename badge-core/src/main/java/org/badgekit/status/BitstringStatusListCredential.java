package org.badgekit.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * Builds the unsigned VC 2.0 {@code BitstringStatusListCredential} that publishes a status list; the caller signs it like any
 * other credential before publishing it at {@code listUrl}.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential">BitstringStatusListCredential</a>
 */
public final class BitstringStatusListCredential {
    /** The VC 2.0 base context, which defines all Bitstring Status List terms. */
    public static final String VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** The credential type. */
    public static final String TYPE = "BitstringStatusListCredential";

    private final String listUrl;
    private final String issuer;
    private final StatusPurpose purpose;
    private final Bitstring bits;
    private Instant validFrom;
    private Instant validUntil;
    private Long ttlMillis;

    private BitstringStatusListCredential(String listUrl, String issuer, StatusPurpose purpose, Bitstring bits) {
        this.listUrl = Objects.requireNonNull(listUrl, "listUrl");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.bits = Objects.requireNonNull(bits, "bits").copy();
    }

    /** Starts a list credential for the list published at {@code listUrl}. */
    public static BitstringStatusListCredential newBuilder(String listUrl, String issuer, StatusPurpose purpose, Bitstring bits) {
        return new BitstringStatusListCredential(listUrl, issuer, purpose, bits);
    }

    /** Required: when the list becomes valid (truncated to whole seconds, written in UTC). */
    public BitstringStatusListCredential validFrom(Instant validFrom) {
        this.validFrom = validFrom;
        return this;
    }

    /** Optional: when verifiers must stop trusting this copy of the list. */
    public BitstringStatusListCredential validUntil(Instant validUntil) {
        this.validUntil = validUntil;
        return this;
    }

    /** Optional: how long, in milliseconds, a verifier may cache the list ({@code ttl}). */
    public BitstringStatusListCredential ttlMillis(long ttlMillis) {
        this.ttlMillis = ttlMillis;
        return this;
    }

    /**
     * The unsigned credential JSON.
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} when {@code validFrom} is missing, {@code validUntil} is not after it,
     *     or the URL carries a fragment
     */
    public ObjectNode toJson() throws BadgeException {
        if (validFrom == null) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "status list credential " + listUrl + " needs validFrom");
        }
        if (listUrl.indexOf('#') >= 0) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                    "status list URL " + listUrl + " must not have a fragment");
        }
        Instant from = validFrom.truncatedTo(ChronoUnit.SECONDS);
        ObjectNode vc = JsonCodec.mapper().createObjectNode();
        vc.putArray("@context").add(VC2_CONTEXT);
        vc.put("id", listUrl);
        vc.putArray("type").add("VerifiableCredential").add(TYPE);
        vc.put("issuer", issuer);
        vc.put("validFrom", from.toString());
        if (validUntil != null) {
            Instant until = validUntil.truncatedTo(ChronoUnit.SECONDS);
            if (!until.isAfter(from)) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                        "validUntil " + until + " is not after validFrom " + from);
            }
            vc.put("validUntil", until.toString());
        }
        ObjectNode subject = vc.putObject("credentialSubject");
        subject.put("id", listUrl + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose.value());
        subject.put("encodedList", bits.encode());
        if (ttlMillis != null) {
            subject.put("ttl", ttlMillis);
        }
        return vc;
    }
}
