package org.badgekit.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import org.badgekit.bake.BakedPayload;
import org.badgekit.bake.Baker;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaCompiler;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.DidKey;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyType;
import org.badgekit.model.Timestamp;
import org.badgekit.model.ob3.Achievement;
import org.badgekit.model.ob3.AchievementCredential;
import org.badgekit.model.ob3.AchievementSubject;
import org.badgekit.model.ob3.IdentityObject;
import org.badgekit.model.ob3.Ob3Json;
import org.badgekit.model.ob3.Profile;
import org.badgekit.model.ob3.ProfileRef;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.verify.VerificationReport;
import org.badgekit.verify.Verifier;

/**
 * The README's quick start, kept compiling and running by the tests: criteria to Achievement, a signed OB 3.0 credential,
 * baked into a PNG, verified. The body of {@link #main} is what the README shows.
 */
public final class QuickStart {
    private QuickStart() {}

    /**
     * Runs the quick start.
     *
     * @param args the PNG to bake into, then the file to write
     * @throws Exception when anything fails
     */
    public static void main(String[] args) throws Exception {
        IssuerKey key = IssuerKey.generate(KeyType.ED25519, 0);               // or KeyFiles.read(path, passphrase)
        DidKey did = DidKey.parse(key.didKey().orElseThrow());
        BadgeCriteria badge = CriteriaLibrary.bundled().get("workplace-instructor");
        Achievement achievement = CriteriaCompiler.toAchievement(badge, "fi",
                CriteriaCompiler.achievementId(URI.create("https://college.example.org/badges/"), badge));
        AchievementCredential credential = AchievementCredential.newBuilder()   // @context and type preset (VC 2.0)
                .id("urn:uuid:" + UUID.randomUUID())
                .issuer(ProfileRef.of(Profile.of(did.did(), "Example Vocational College")))
                .validFrom(Timestamp.of(Instant.now()))
                .credentialSubject(AchievementSubject.of(IdentityObject.hashedEmail("aino@example.fi", new SecureRandom()),
                        achievement))
                .build();
        ObjectNode signed = DataIntegritySigner.create(key.privateKey().orElseThrow(), did.verificationMethodId())
                .sign((ObjectNode) Ob3Json.toTree(credential), Instant.now());
        byte[] png = Baker.create().bake(Files.readAllBytes(Path.of(args[0])), BakedPayload.detect(JsonCodec.write(signed)));
        Files.write(Path.of(args[1]), png);
        VerificationReport report = Verifier.newBuilder().build().verify(Path.of(args[1]));
        System.out.println(report.valid() ? "valid" : report.checks());
    }
}
