package org.badgekit.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.badgekit.BadgeException;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaCompiler;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.model.Timestamp;
import org.badgekit.model.ob3.Achievement;
import org.badgekit.model.ob3.AchievementCredential;
import org.badgekit.model.ob3.AchievementSubject;
import org.badgekit.model.ob3.ContextEntry;
import org.badgekit.model.ob3.CredentialSchema;
import org.badgekit.model.ob3.IdentityObject;
import org.badgekit.model.ob3.Ob3Json;
import org.badgekit.model.ob3.Profile;
import org.badgekit.model.ob3.ProfileRef;

/**
 * Builds the unsigned OB 3.0 credential that the signing examples sign: the bundled Learning Ambassador badge, awarded to an
 * e-mail address that is hashed with a fresh salt, as the spec recommends.
 */
public final class SampleCredential {
    private SampleCredential() {}

    /**
     * An unsigned {@code OpenBadgeCredential} as a JSON tree, ready for a signer.
     *
     * @param issuerId the issuer's id: a did:key, a did:web or an https URL; the signing key must belong to it
     * @param email    the recipient; only its salted hash goes into the credential
     * @param clock    supplies {@code validFrom}
     * @return the credential JSON (VC 2.0 form: {@code @context}, {@code type}, {@code validFrom} are set)
     * @throws BadgeException when the bundled criteria cannot be read
     */
    public static ObjectNode unsigned(String issuerId, String email, Clock clock) throws BadgeException {
        BadgeCriteria criteria = CriteriaLibrary.bundled().get("learning-ambassador");
        URI achievementId = CriteriaCompiler.achievementId(URI.create("https://badges.example.org/achievements/"), criteria);
        Achievement achievement = CriteriaCompiler.toAchievement(criteria, "en", achievementId);

        AchievementCredential credential = AchievementCredential.newBuilder() // @context and type are preset
                .id("urn:uuid:" + UUID.randomUUID())
                .name(achievement.name())
                .issuer(ProfileRef.of(Profile.of(issuerId, "Example Vocational College")))
                .validFrom(Timestamp.of(clock.instant()))
                .credentialSubject(AchievementSubject.of(IdentityObject.hashedEmail(email, new SecureRandom()), achievement))
                // The schema entry's type is defined by the OB 3.0 extensions context, so that context goes in too;
                // otherwise the signer refuses a term that canonicalization would silently drop.
                .addCredentialSchema(CredentialSchema.ob3AchievementCredential())
                .addContext(ContextEntry.OB_V3P0_EXTENSIONS)
                .build();
        return (ObjectNode) Ob3Json.toTree(credential);
    }
}
