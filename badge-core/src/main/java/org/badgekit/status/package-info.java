/**
 * Credential status: allocating status-list indexes when issuing, recording revocations and suspensions in the issuer
 * workspace, publishing the lists, and checking a credential's status when verifying.
 *
 * <p>Implements the W3C <a href="https://www.w3.org/TR/vc-bitstring-status-list/">Bitstring Status List v1.0</a> (entries,
 * lists, GZIP + multibase base64url encoding, bit 0 = most significant bit of byte 0), the OB 3.0
 * <a href="https://www.imsglobal.org/spec/vcrl/v1p0/">1EdTech Revocation List</a> status method and the OB 2.0
 * <a href="https://www.imsglobal.org/spec/ob/v2p0/#RevocationList">RevocationList</a>. Works on Jackson trees so that it
 * depends on neither the model nor the signing packages: the unsigned list credential built here is signed by the caller.
 */
package org.badgekit.status;
