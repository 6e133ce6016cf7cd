/**
 * The Open Badges 3.0 data model as immutable records with builders, read and written as JSON with Jackson: the credential
 * ({@link org.badgekit.model.ob3.AchievementCredential}), its subject, achievement, issuer profile, results, evidence,
 * endorsements and proofs, the spec's vocabularies as open sets of typed constants, and a structural JSON Schema check. Unknown
 * properties are kept and written back. See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">Open Badges 3.0,
 * Data Model</a>.
 */
package org.badgekit.model.ob3;
