/**
 * JSON-LD processing without the network: bundled contexts pinned by SHA-256, an offline document loader, RDF Dataset
 * Canonicalization (<a href="https://www.w3.org/TR/rdf-canon/">RDFC-1.0</a>) to canonical N-Quads, and a "safe mode" that refuses
 * documents whose terms or types the contexts do not define (they would be dropped from the canonical form, so left unsigned).
 * Documents whose contexts are bundled and that stay inside the subset Verifiable Credentials and Open Badges use are expanded
 * and turned into quads in one walk ({@code DirectToRdf}, over contexts compiled once, {@code ContextCompiler}); everything
 * else, and every error message, goes through Titanium JSON-LD. Both stay behind {@link org.badgekit.jsonld.Canonicalizer}.
 */
package org.badgekit.jsonld;
