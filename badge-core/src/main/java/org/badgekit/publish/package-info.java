/**
 * Static hosting of an issuer workspace: {@link org.badgekit.publish.Publisher} writes the folder that a web server serves at
 * the workspace's base URL (issuer profiles, did:web document, keys, achievements and badge classes, hosted OB 2.0
 * assertions, signed status lists, HTML pages), deterministically and incrementally; {@link org.badgekit.publish.SiteServer}
 * serves such a folder on a local port for previews and tests.
 *
 * <p>What is published follows the <a href="https://w3c-ccg.github.io/did-method-web/">did:web method</a>, the
 * <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential">Bitstring Status List</a>
 * credential, and the OB 2.0 <a href="https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html#HostedBadge">
 * hosted verification</a> rules (a revoked hosted assertion answers 410 Gone with {@code revoked: true}).
 */
package org.badgekit.publish;
