/**
 * The Open Badges 3.0 data model as immutable records with builders, read and written as JSON with Jackson: the credential
 * ({@link org.badgekit.model.ob3.AchievementCredential}), its subject, achievement, issuer profile, results, evidence,
 * endorsements and proofs, the spec's vocabularies as open sets of typed constants, and a structural JSON Schema check
 * ({@link org.badgekit.model.ob3.Ob3SchemaValidator}). Unknown properties are kept and written back.
 *
 * <pre>{@code
 * Achievement badge = Achievement.newBuilder()
 *         .id("https://badges.example.fi/achievements/learning-ambassador")
 *         .name("Learning Ambassador").description("Supports learners at the workplace.")
 *         .criteria(Criteria.ofNarrative("Plans a learning path and gives feedback."))
 *         .achievementType(AchievementType.BADGE)
 *         .build();
 * AchievementCredential credential = AchievementCredential.newBuilder()   // @context and type are preset
 *         .id("urn:uuid:" + UUID.randomUUID())
 *         .issuer(ProfileRef.of(Profile.of("https://badges.example.fi/issuer", "Example College")))
 *         .validFrom(Timestamp.of(clock.instant()))
 *         .credentialSubject(AchievementSubject.of(IdentityObject.hashedEmail(email, secureRandom), badge))
 *         .addCredentialSchema(CredentialSchema.ob3AchievementCredential())
 *         .build();
 * String json = Ob3Json.write(credential);
 * }</pre>
 *
 * <p>See <a href="https://www.imsglobal.org/spec/ob/v3p0/#data-model">Open Badges 3.0, Data Model</a>.
 */
package org.badgekit.model.ob3;
