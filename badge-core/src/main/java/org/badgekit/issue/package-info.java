/**
 * Issuing badges: the issuer workspace ({@link org.badgekit.issue.Workspace}: {@code issuer.yaml}, keys, state; created by
 * {@link org.badgekit.issue.WorkspaceCreator}, found by {@link org.badgekit.issue.WorkspaceLocator}), the
 * {@link org.badgekit.issue.Issuer} that builds and signs one credential per {@link org.badgekit.issue.IssueRequest}
 * (<a href="https://www.imsglobal.org/spec/ob/v3p0/#openbadgecredential">Open Badges 3.0 OpenBadgeCredential</a> with an
 * <a href="https://www.w3.org/TR/vc-di-eddsa/">eddsa-rdfc-2022</a> proof or as VC-JWT, or an
 * <a href="https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html#Assertion">Open Badges 2.0 Assertion</a>),
 * the pictures badges are baked into ({@link org.badgekit.issue.BadgeImages}), and the bookkeeping shared by single and batch
 * issuance: the workspace ledger of every credential issued ({@link org.badgekit.issue.Ledger}, append-only, crash-safe JSON
 * Lines; format described on {@link org.badgekit.issue.LedgerEntry}) and crash-safe file writes
 * ({@link org.badgekit.issue.AtomicFiles}).
 */
package org.badgekit.issue;
