/**
 * Issuer key material: Ed25519, RSA and P-256 keys, read and written as JWK
 * (<a href="https://www.rfc-editor.org/rfc/rfc7517">RFC 7517</a>, <a href="https://www.rfc-editor.org/rfc/rfc8037">RFC 8037</a>)
 * and PEM (SPKI / PKCS#8, optionally passphrase-encrypted), key files created 0600, RFC 7638 thumbprints, JWKS,
 * <a href="https://www.w3.org/TR/controller-document/#multibase-0">multibase</a> base58btc and multicodec encodings,
 * <a href="https://w3c-ccg.github.io/did-key-spec/">did:key</a> identifiers with their generated DID documents, and
 * <a href="https://w3c-ccg.github.io/did-method-web/">did:web</a> documents with Multikey and JsonWebKey verification methods.
 * Keys travel between packages as JCA {@code java.security} keys.
 */
package org.badgekit.keys;
