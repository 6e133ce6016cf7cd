package org.badgekit.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;

/** Fetches a status or revocation list through the resolver and applies the checks common to every list kind. */
final class ListFetcher {
    private final DocumentResolver resolver;
    private final Clock clock;

    ListFetcher(DocumentResolver resolver, Clock clock) {
        this.resolver = resolver;
        this.clock = clock;
    }

    /** The list at {@code url} (fragment ignored) as a JSON object. */
    JsonNode fetch(String url) throws StatusProblem {
        URI uri;
        try {
            int hash = url.indexOf('#');
            uri = new URI(hash < 0 ? url : url.substring(0, hash));
        } catch (URISyntaxException e) {
            throw new StatusProblem("status list URL '" + url + "' is not a valid URI");
        }
        if (!uri.isAbsolute()) {
            throw new StatusProblem("status list URL '" + url + "' is not an absolute URI");
        }
        Optional<ResolvedDocument> found;
        try {
            found = resolver.resolve(uri);
        } catch (BadgeException e) {
            throw new StatusProblem("status list " + uri + " could not be retrieved: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new StatusProblem("status list " + uri + " could not be retrieved: " + e);
        }
        if (found.isEmpty()) {
            throw new StatusProblem("status list " + uri + " could not be retrieved (unreachable, or offline without a "
                    + "mapping for it), so the status is unknown");
        }
        ResolvedDocument document = found.get();
        if (document.status() != 200) {
            throw new StatusProblem("status list " + uri + " answered HTTP " + document.status() + ", expected 200");
        }
        JsonNode json;
        try {
            json = JsonCodec.parse("status list " + uri, document.content());
        } catch (BadgeException e) {
            throw new StatusProblem(e.getMessage());
        }
        if (!json.isObject()) {
            throw new StatusProblem("status list " + uri + " is not a JSON object");
        }
        return json;
    }

    /** Refuses a list whose issuer is not the credential's issuer. An absent list issuer is refused only when required. */
    void checkIssuer(String url, JsonNode list, String credentialIssuer, boolean required) throws StatusProblem {
        Optional<String> listIssuer = JsonFields.issuerId(list);
        if (listIssuer.isEmpty()) {
            if (required) {
                throw new StatusProblem("status list " + url + " names no issuer, so it cannot be tied to the credential's "
                        + "issuer " + credentialIssuer, list);
            }
            return;
        }
        if (credentialIssuer == null) {
            throw new StatusProblem("the credential names no issuer to compare with status list " + url + " issuer "
                    + listIssuer.get(), list);
        }
        if (!listIssuer.get().equals(credentialIssuer)) {
            throw new StatusProblem("status list " + url + " is issued by " + listIssuer.get() + ", not by the credential's "
                    + "issuer " + credentialIssuer, list);
        }
    }

    /** Refuses a list credential outside its validity period (VC 2.0 validFrom/validUntil, VC 1.1 issuanceDate/expirationDate). */
    void checkValidity(String url, JsonNode list) throws StatusProblem {
        Instant now = clock.instant();
        try {
            Optional<Instant> until = JsonFields.instant(list, "validUntil")
                    .or(() -> JsonFields.instant(list, "expirationDate"));
            if (until.isPresent() && now.isAfter(until.get())) {
                throw new StatusProblem("status list " + url + " expired: validUntil " + until.get() + " is before " + now, list);
            }
            Optional<Instant> from = JsonFields.instant(list, "validFrom").or(() -> JsonFields.instant(list, "issuanceDate"));
            if (from.isPresent() && now.isBefore(from.get())) {
                throw new StatusProblem("status list " + url + " is not valid yet: validFrom " + from.get() + " is after "
                        + now, list);
            }
        } catch (DateTimeParseException e) {
            throw new StatusProblem("status list " + url + " has a malformed date '" + e.getParsedString()
                    + "', expected an ISO 8601 date-time with time zone", list);
        }
    }
}
