/**
 * JSON-LD processing without the network: bundled contexts pinned by SHA-256, an offline document loader, RDF Dataset
 * Canonicalization (<a href="https://www.w3.org/TR/rdf-canon/">RDFC-1.0</a>) to canonical N-Quads, and a "safe mode" that refuses
 * documents whose terms or types the contexts do not define (they would be dropped from the canonical form, so left unsigned).
 * Titanium JSON-LD does the expansion; it stays behind {@link org.badgekit.jsonld.Canonicalizer}.
 */
package org.badgekit.jsonld;
