package org.badgekit.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.Workspace;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.DidWeb;
import org.badgekit.resolve.DocumentResolver;
import org.badgekit.resolve.ResolvedDocument;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.status.StatusListAllocator;
import org.badgekit.status.StatusListKey;
import org.badgekit.status.StatusListStore;
import org.badgekit.status.StatusPurpose;

/**
 * The workspace's status lists as signed {@code BitstringStatusListCredential}s: served by {@code GET /status/...}, and
 * handed to the verifier through {@link #resolver()} so that {@code /credentials/verify} sees revocations of this issuer's
 * credentials at once, without the network. Each list credential carries the URL the credentials point at (under the
 * workspace base URL), is valid from the moment it is made and is signed with the workspace's Ed25519 key.
 */
final class StatusLists {
    private final Workspace workspace;
    private final StatusListAllocator allocator;
    private final StatusListStore store;
    private final DataIntegritySigner signer;
    private final Clock clock;

    StatusLists(Workspace workspace, StatusListAllocator allocator, StatusListStore store, DataIntegritySigner signer,
            Clock clock) {
        this.workspace = workspace;
        this.allocator = allocator;
        this.store = store;
        this.signer = signer;
        this.clock = clock;
    }

    StatusListStore store() {
        return store;
    }

    /** The list key of list {@code number} of this issuer, or empty when allocation never started it. */
    Optional<StatusListKey> allocated(StatusPurpose purpose, int number) throws BadgeException {
        StatusListKey key = new StatusListKey(workspace.issuerId(), purpose, number);
        return allocator.allocatedLists().containsKey(key) ? Optional.of(key) : Optional.empty();
    }

    /** The issuer's lists of {@code purpose}. */
    java.util.List<StatusListKey> lists(StatusPurpose purpose) throws BadgeException {
        return allocator.allocatedLists().keySet().stream()
                .filter(key -> key.issuer().equals(workspace.issuerId()) && key.purpose() == purpose).toList();
    }

    /** The URL credentials name for a list. */
    String url(StatusListKey key) throws BadgeException {
        return StatusListAllocator.listUrl(workspace.statusListUrlTemplate(), key.purpose(), key.listNumber());
    }

    /** The signed list credential. */
    ObjectNode signed(StatusListKey key) throws BadgeException {
        return signer.sign(store.listCredential(key, url(key)), clock.instant());
    }

    /** Resolves this issuer's list URLs (and, for did:web issuers, its DID document) from the workspace; nothing else. */
    DocumentResolver resolver() {
        return uri -> {
            String asked = uri.toString();
            for (Map.Entry<StatusListKey, Integer> list : allocator.allocatedLists().entrySet()) {
                if (list.getKey().issuer().equals(workspace.issuerId()) && url(list.getKey()).equals(asked)) {
                    return Optional.of(document(uri, signed(list.getKey())));
                }
            }
            if (workspace.settings().didMethod() == DidMethod.WEB && DidWeb.documentUrl(workspace.issuerId()).equals(uri)) {
                return Optional.of(document(uri, workspace.didDocument()));
            }
            return Optional.empty();
        };
    }

    private static ResolvedDocument document(URI uri, ObjectNode json) {
        return ResolvedDocument.of(uri, JsonCodec.write(json).getBytes(StandardCharsets.UTF_8), "application/json");
    }
}
