package org.badgekit.jsonld;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * <a href="https://www.w3.org/TR/rdf-canon/">RDFC-1.0</a> with SHA-256, following the reference implementation
 * (digitalbazaar rdf-canonize) step for step. Collects the quads Titanium's toRdf emits, then labels blank nodes canonically.
 *
 * <p>Why our own and not titanium-rdfc 2.0.0: that library keeps the "hash to related blank nodes" lists as sets, so a blank
 * node related to another through several quads (a proof node in its own named graph, as in every credential with embedded
 * endorsements) counts once instead of once per quad; its labels then differ from rdf-canonize's and signatures made by the
 * JavaScript ecosystem do not verify. One instance per canonicalization; not thread-safe.
 */
final class Rdfc10 implements RdfQuadConsumer {
    /**
     * One quad; {@code literal} is the object's escaped N-Quads text when it is a literal (a quad is serialized 2-3 times).
     * A class with hand-written equals/hashCode rather than a record: a record's are bootstrapped through invokedynamic on
     * first use, which costs a cold {@code badge verify} several milliseconds.
     */
    private static final class Quad {
        final String subject;
        final String predicate;
        final String object;
        final String datatype;
        final String language;
        final String direction;
        final String graph;
        final String literal;
        private final int hash;

        Quad(String subject, String predicate, String object, String datatype, String language, String direction, String graph) {
            this.subject = subject;
            this.predicate = predicate;
            this.object = object;
            this.datatype = datatype;
            this.language = language;
            this.direction = direction;
            this.graph = graph;
            this.literal = datatype == null ? null : NQuads.literalText(object, datatype, language, direction);
            this.hash = Objects.hash(subject, predicate, object, datatype, language, direction, graph);
        }

        String subject() {
            return subject;
        }

        String predicate() {
            return predicate;
        }

        String object() {
            return object;
        }

        String datatype() {
            return datatype;
        }

        String graph() {
            return graph;
        }

        String serialize(String s, String o, String g) {
            return literal != null ? NQuads.lineWithLiteral(s, predicate, literal, g)
                    : NQuads.line(s, predicate, o, null, null, null, g);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Quad)) {
                return false;
            }
            Quad that = (Quad) other;
            return hash == that.hash && subject.equals(that.subject) && predicate.equals(that.predicate)
                    && object.equals(that.object) && Objects.equals(datatype, that.datatype)
                    && Objects.equals(language, that.language) && Objects.equals(direction, that.direction)
                    && Objects.equals(graph, that.graph);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final class Issuer {
        private final String prefix;
        private final Map<String, String> issued;
        private int counter;

        Issuer(String prefix) {
            this(prefix, new java.util.LinkedHashMap<>(), 0);
        }

        private Issuer(String prefix, Map<String, String> issued, int counter) {
            this.prefix = prefix;
            this.issued = issued;
            this.counter = counter;
        }

        String id(String old) {
            String existing = issued.get(old);
            if (existing != null) {
                return existing;
            }
            String id = prefix + counter++;
            issued.put(old, id);
            return id;
        }

        boolean has(String old) {
            return issued.containsKey(old);
        }

        Issuer copy() {
            return new Issuer(prefix, new java.util.LinkedHashMap<>(issued), counter);
        }
    }

    private record Result(String hash, Issuer issuer) {}

    private final Set<Quad> quads = new LinkedHashSet<>();
    private final Map<String, List<Quad>> blankNodeQuads = new java.util.LinkedHashMap<>();
    private final Map<String, String> firstDegreeHashes = new HashMap<>();
    private final Issuer canonical = new Issuer("c14n");
    private final MessageDigest digest;
    private long remainingDeepIterations;

    Rdfc10() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype, String language,
            String direction, String graph) {
        Quad quad = new Quad(subject, predicate, object, datatype, language, direction, graph);
        if (quads.add(quad)) {
            track(subject, quad);
            if (datatype == null) {
                track(object, quad);
            }
            track(graph, quad);
        }
        return this;
    }

    private void track(String term, Quad quad) {
        if (isBlank(term)) {
            List<Quad> list = blankNodeQuads.computeIfAbsent(term, k -> new ArrayList<>());
            if (list.isEmpty() || list.get(list.size() - 1) != quad) {
                list.add(quad);
            }
        }
    }

    /** The canonical N-Quads, sorted, each line ending in a newline. */
    String canonicalNQuads() {
        Map<String, List<String>> hashToBlankNodes = new TreeMap<>();
        for (String id : blankNodeQuads.keySet()) {
            hashToBlankNodes.computeIfAbsent(hashFirstDegree(id), k -> new ArrayList<>()).add(id);
        }
        List<List<String>> nonUnique = new ArrayList<>();
        long nonUniqueCount = 0;
        for (List<String> ids : hashToBlankNodes.values()) {
            if (ids.size() > 1) {
                nonUnique.add(ids);
                nonUniqueCount += ids.size();
                continue;
            }
            canonical.id(ids.get(0));
        }
        // rdf-canonize's default work factor 1: at most (number of non-unique blank nodes) deep iterations, which stops
        // "poisoned" datasets built to make canonicalization explode
        remainingDeepIterations = nonUniqueCount;
        for (List<String> ids : nonUnique) {
            List<Result> results = new ArrayList<>();
            for (String id : ids) {
                if (canonical.has(id)) {
                    continue;
                }
                Issuer issuer = new Issuer("b");
                issuer.id(id);
                results.add(hashNDegree(id, issuer));
            }
            results.sort((a, b) -> a.hash().compareTo(b.hash()));
            for (Result result : results) {
                for (String old : result.issuer().issued.keySet()) {
                    canonical.id(old);
                }
            }
        }
        List<String> lines = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            lines.add(quad.serialize(relabel(quad.subject()), quad.datatype() == null ? relabel(quad.object()) : quad.object(),
                    relabel(quad.graph())));
        }
        Collections.sort(lines);
        StringBuilder out = new StringBuilder(lines.size() * 120);
        lines.forEach(out::append);
        return out.toString();
    }

    private String relabel(String term) {
        return isBlank(term) ? "_:" + canonical.id(term) : term;
    }

    private String hashFirstDegree(String id) {
        String cached = firstDegreeHashes.get(id);
        if (cached != null) {
            return cached;
        }
        List<String> nquads = new ArrayList<>();
        for (Quad quad : blankNodeQuads.get(id)) {
            nquads.add(quad.serialize(firstDegree(id, quad.subject()),
                    quad.datatype() == null ? firstDegree(id, quad.object()) : quad.object(), firstDegree(id, quad.graph())));
        }
        Collections.sort(nquads);
        digest.reset();
        for (String nquad : nquads) {
            digest.update(nquad.getBytes(StandardCharsets.UTF_8));
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        firstDegreeHashes.put(id, hash);
        return hash;
    }

    private static String firstDegree(String id, String term) {
        if (!isBlank(term)) {
            return term;
        }
        return term.equals(id) ? "_:a" : "_:z";
    }

    private String hashRelated(String related, Quad quad, Issuer issuer, char position) {
        StringBuilder input = new StringBuilder().append(position);
        if (position != 'g') {
            input.append('<').append(quad.predicate()).append('>');
        }
        if (canonical.has(related)) {
            input.append("_:").append(canonical.id(related));
        } else if (issuer.has(related)) {
            input.append("_:").append(issuer.id(related));
        } else {
            input.append(hashFirstDegree(related));
        }
        return sha256(input.toString());
    }

    private Result hashNDegree(String id, Issuer issuer) {
        if (remainingDeepIterations-- <= 0) {
            throw new IllegalStateException("RDFC-1.0 stopped: the dataset needs more deep iterations than it has blank nodes"
                    + " (a poisoned dataset)");
        }
        Map<String, List<String>> hashToRelated = new TreeMap<>();
        for (Quad quad : blankNodeQuads.get(id)) {
            addRelated(quad.subject(), 's', quad, id, issuer, hashToRelated);
            if (quad.datatype() == null) {
                addRelated(quad.object(), 'o', quad, id, issuer, hashToRelated);
            }
            addRelated(quad.graph(), 'g', quad, id, issuer, hashToRelated);
        }
        StringBuilder data = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : hashToRelated.entrySet()) {
            data.append(entry.getKey());
            String chosenPath = "";
            Issuer chosenIssuer = null;
            for (List<String> permutation : Permutations.of(entry.getValue())) {
                Issuer issuerCopy = issuer.copy();
                StringBuilder path = new StringBuilder();
                List<String> recursion = new ArrayList<>();
                boolean skip = false;
                for (String related : permutation) {
                    if (canonical.has(related)) {
                        path.append("_:").append(canonical.id(related));
                    } else {
                        if (!issuerCopy.has(related)) {
                            recursion.add(related);
                        }
                        path.append("_:").append(issuerCopy.id(related));
                    }
                    if (!chosenPath.isEmpty() && path.toString().compareTo(chosenPath) > 0) {
                        skip = true;
                        break;
                    }
                }
                if (skip) {
                    continue;
                }
                for (String related : recursion) {
                    Result result = hashNDegree(related, issuerCopy);
                    path.append("_:").append(issuerCopy.id(related)).append('<').append(result.hash()).append('>');
                    issuerCopy = result.issuer();
                    if (!chosenPath.isEmpty() && path.toString().compareTo(chosenPath) > 0) {
                        skip = true;
                        break;
                    }
                }
                if (skip) {
                    continue;
                }
                if (chosenPath.isEmpty() || path.toString().compareTo(chosenPath) < 0) {
                    chosenPath = path.toString();
                    chosenIssuer = issuerCopy;
                }
            }
            data.append(chosenPath);
            issuer = chosenIssuer;
        }
        return new Result(sha256(data.toString()), issuer);
    }

    private void addRelated(String term, char position, Quad quad, String id, Issuer issuer,
            Map<String, List<String>> hashToRelated) {
        if (isBlank(term) && !term.equals(id)) {
            // a list, not a set: a node related through several quads counts once per quad, as rdf-canonize does
            hashToRelated.computeIfAbsent(hashRelated(term, quad, issuer, position), k -> new ArrayList<>()).add(term);
        }
    }

    private String sha256(String text) {
        digest.reset();
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean isBlank(String term) {
        return term != null && term.startsWith("_:");
    }
}
