/**
 * Key material: Ed25519 raw-key helpers, <a href="https://www.w3.org/TR/controller-document/#multibase-0">multibase</a>
 * base58btc and multicodec encodings, and <a href="https://w3c-ccg.github.io/did-key-spec/">did:key</a> identifiers and their
 * generated DID documents. Keys travel between packages as JCA {@code java.security} keys.
 */
package org.badgekit.keys;
