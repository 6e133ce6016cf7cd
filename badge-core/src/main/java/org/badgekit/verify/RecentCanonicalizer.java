package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.jsonld.Canonicalizer;

/**
 * Remembers the last few canonicalizations of the calling thread, so that one verification does not canonicalize the same
 * document twice: the safe-mode check and the proof check both canonicalize the credential without its proof.
 *
 * <p>A hit needs the same JSON tree, member order and number types included (so the same JSON text), found by walking both
 * trees instead of serializing them; the answer is exactly what the wrapped canonicalizer gave for that document. Failures
 * are never remembered. Per thread, at most {@link #ENTRIES} documents (kept as copies); thread-safe.
 */
final class RecentCanonicalizer implements Canonicalizer {
    static final int ENTRIES = 2;

    private final Canonicalizer canonicalizer;
    private final ThreadLocal<Deque<Entry>> recent = ThreadLocal.withInitial(ArrayDeque::new);

    RecentCanonicalizer(Canonicalizer canonicalizer) {
        this.canonicalizer = Objects.requireNonNull(canonicalizer, "canonicalizer");
    }

    @Override
    public String canonicalize(JsonNode document) throws BadgeException {
        Objects.requireNonNull(document, "document");
        Deque<Entry> entries = recent.get();
        for (Entry entry : entries) {
            if (sameTree(entry.document(), document)) {
                return entry.nquads();
            }
        }
        String nquads = canonicalizer.canonicalize(document);
        if (entries.size() == ENTRIES) {
            entries.removeLast();
        }
        entries.addFirst(new Entry(document.deepCopy(), nquads));
        return nquads;
    }

    /** Equal trees with members in the same order and equal node types: what serializes to the same text. */
    static boolean sameTree(JsonNode a, JsonNode b) {
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> left = a.properties().iterator();
            Iterator<Map.Entry<String, JsonNode>> right = b.properties().iterator();
            while (left.hasNext()) {
                Map.Entry<String, JsonNode> l = left.next();
                Map.Entry<String, JsonNode> r = right.next();
                if (!l.getKey().equals(r.getKey()) || !sameTree(l.getValue(), r.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!sameTree(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.getClass() == b.getClass() && a.equals(b);
    }

    private record Entry(JsonNode document, String nquads) {}
}
