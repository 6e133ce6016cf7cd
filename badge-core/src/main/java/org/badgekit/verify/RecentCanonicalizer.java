package org.badgekit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.jsonld.Canonicalizer;

/**
 * Remembers the last few canonicalizations of the calling thread, so that one verification does not canonicalize the same
 * document twice: the safe-mode check and the proof check both canonicalize the credential without its proof.
 *
 * <p>A hit needs the same JSON text (member order included), so the answer is exactly what the wrapped canonicalizer gave for
 * that text; failures are never remembered. Per thread, at most {@link #ENTRIES} documents; thread-safe.
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
        String text = JsonCodec.write(Objects.requireNonNull(document, "document"));
        Deque<Entry> entries = recent.get();
        for (Entry entry : entries) {
            if (entry.text().equals(text)) {
                return entry.nquads();
            }
        }
        String nquads = canonicalizer.canonicalize(document);
        if (entries.size() == ENTRIES) {
            entries.removeLast();
        }
        entries.addFirst(new Entry(text, nquads));
        return nquads;
    }

    private record Entry(String text, String nquads) {}
}
