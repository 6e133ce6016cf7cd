/**
 * Batch issuance from a coordinator's spreadsheet (CSV or XLSX): streaming input, pre-flight validation of every row before
 * anything is signed, parallel issuance through a pluggable {@link org.badgekit.issue.batch.RowIssuer}, and outputs that
 * survive a crash (resume with exactly one credential per valid row). Entry point: {@link org.badgekit.issue.batch.BatchRunner}.
 * The credentials issued are <a href="https://www.imsglobal.org/spec/ob/v3p0/#openbadgecredential">Open Badges 3.0
 * OpenBadgeCredentials</a>; CSV input follows <a href="https://www.rfc-editor.org/rfc/rfc4180">RFC 4180</a> with a {@code ;}
 * or {@code ,} delimiter.
 */
package org.badgekit.issue.batch;
