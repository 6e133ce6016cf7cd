/**
 * Revoking and suspending issued badges in an issuer workspace, and saying what state a badge is in: finds the badge (by id
 * through the ledger, or from a badge file), flips its bits in the workspace's status lists
 * ({@link org.badgekit.status.StatusListStore}) or lists an OB 2.0 assertion as revoked, and keeps an append-only status log
 * ({@code state/status-log.jsonl}) of every change with its time and reason.
 *
 * <p>Implements the issuer side of the W3C <a href="https://www.w3.org/TR/vc-bitstring-status-list/">Bitstring Status List
 * v1.0</a> (revocation is permanent, suspension may be lifted) and the OB 2.0
 * <a href="https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html#RevocationList">RevocationList</a>.
 */
package org.badgekit.revoke;
