/**
 * Issuance bookkeeping shared by single and batch issuance: the workspace ledger of every credential issued
 * ({@link org.badgekit.issue.Ledger}, append-only, crash-safe JSON Lines) and crash-safe file writes
 * ({@link org.badgekit.issue.AtomicFiles}). Credentials follow
 * <a href="https://www.imsglobal.org/spec/ob/v3p0/#openbadgecredential">Open Badges 3.0 &sect; OpenBadgeCredential</a>;
 * the ledger format is this project's own and is described on {@link org.badgekit.issue.LedgerEntry}.
 */
package org.badgekit.issue;
