package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.resolve.ResolvedDocument;

/** Looks up a linked JSON document through the verifier's resolver and says plainly why when it cannot. */
final class Fetch {
    /** The outcome: the document (may be null), the HTTP status, and a problem sentence when there is no usable document. */
    record Result(JsonNode json, int status, String problem) {
        boolean ok() {
            return json != null;
        }

        boolean gone() {
            return status == 410;
        }
    }

    private Fetch() {}

    static Result json(Verification v, String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (java.net.URISyntaxException e) {
            return new Result(null, 0, Json.quote(uri) + " is not a URI");
        }
        Optional<ResolvedDocument> found;
        try {
            found = v.resolver.resolve(parsed);
        } catch (BadgeException e) {
            return new Result(null, 0, uri + " could not be fetched: " + e.getMessage());
        }
        if (found.isEmpty()) {
            return new Result(null, 0, uri + " could not be looked up offline (use --online, or --resolve " + uri + "=FILE)");
        }
        ResolvedDocument document = found.get();
        if (document.gone()) {
            return new Result(null, 410, uri + " answered 410 Gone");
        }
        if (document.status() != 200) {
            return new Result(null, document.status(), uri + " answered HTTP " + document.status());
        }
        try {
            JsonNode json = JsonCodec.parse(uri, document.content());
            if (!json.isObject()) {
                return new Result(null, 200, uri + " is not a JSON object");
            }
            return new Result(json, 200, null);
        } catch (BadgeException e) {
            return new Result(null, 200, e.getMessage());
        }
    }
}
