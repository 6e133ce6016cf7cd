package org.badgekit.issue.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.badgekit.BadgeException;
import org.badgekit.bake.Baker;
import org.badgekit.bake.ImageFormat;
import org.badgekit.bake.PreparedImage;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.issue.AtomicFiles;
import org.badgekit.issue.BadgeFormat;
import org.badgekit.issue.BadgeImages;
import org.badgekit.issue.EvidenceItem;
import org.badgekit.issue.IssueRequest;
import org.badgekit.issue.IssuedBadge;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.ProofFormat;
import org.badgekit.issue.Recipient;

/**
 * The real {@link RowIssuer}: issues each row with an {@link Issuer} and writes {@code credentials/STEM.json} (or
 * {@code .jwt} for a JWS) and, unless baking is off, {@code baked/STEM.png} or {@code .svg} with the credential baked into
 * the badge's picture. Thread-safe, as the engine requires.
 *
 * <p>Files are renamed into place atomically but, by default, not forced to disk one by one
 * ({@link AtomicFiles.Durability#PROCESS_CRASH}): a killed process leaves whole files or none, the ledger's group commit still
 * decides what counts as issued, and after a power cut a rerun re-issues rows whose files did not survive (see
 * {@link BatchRunner}). Per-file fsyncs (file and directory, four per row) used to cost more than signing.
 */
public final class IssuerRowIssuer implements RowIssuer {
    private final Issuer issuer;
    private final BadgeFormat format;
    private final ProofFormat proof;
    private final ImageFormat bake;
    private final BadgeImages images;
    private final Baker baker;
    private final AtomicFiles.Durability durability;
    private final Map<String, PreparedImage> pictures = new ConcurrentHashMap<>();

    /**
     * A row issuer whose files survive a killed process; a rerun repairs what a power cut lost.
     *
     * @param bake the baked image format, or null to write only the credential files
     */
    public IssuerRowIssuer(Issuer issuer, BadgeFormat format, ProofFormat proof, ImageFormat bake, BadgeImages images) {
        this(issuer, format, proof, bake, images, AtomicFiles.Durability.PROCESS_CRASH);
    }

    /**
     * A row issuer with the given file durability ({@link AtomicFiles.Durability#POWER_LOSS} forces every file and its
     * directory).
     *
     * @param bake the baked image format, or null to write only the credential files
     */
    public IssuerRowIssuer(Issuer issuer, BadgeFormat format, ProofFormat proof, ImageFormat bake, BadgeImages images,
            AtomicFiles.Durability durability) {
        this.durability = Objects.requireNonNull(durability, "durability");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.format = Objects.requireNonNull(format, "format");
        this.proof = Objects.requireNonNull(proof, "proof");
        this.bake = bake;
        this.images = Objects.requireNonNull(images, "images");
        this.baker = Baker.forSerializedPayloads();
    }

    @Override
    public IssuedCredential issue(BatchRow row, String credentialId, Path credentialsDir, Path bakedDir) throws BadgeException {
        IssueRequest.Builder request = IssueRequest.newBuilder(row.badge(), Recipient.email(row.email()))
                .recipientName(row.name())
                .language(row.lang())
                .validFrom(row.issuedOn())
                .validUntil(row.validUntil())
                .format(format)
                .proof(proof)
                .credentialId(credentialId);
        if (row.evidenceUrl() != null || row.evidenceNarrative() != null) {
            request.addEvidence(EvidenceItem.of(row.evidenceUrl(), row.evidenceNarrative()));
        }
        IssuedBadge badge = issuer.issue(request.build());
        List<String> files = new ArrayList<>();
        String credentialFile = row.fileStem() + "." + badge.fileExtension();
        AtomicFiles.write(credentialsDir.resolve(credentialFile), (badge.payload() + "\n").getBytes(StandardCharsets.UTF_8),
                durability);
        files.add(credentialsDir.getFileName() + "/" + credentialFile);
        if (bake != null) {
            String bakedFile = row.fileStem() + (bake == ImageFormat.PNG ? ".png" : ".svg");
            AtomicFiles.write(bakedDir.resolve(bakedFile), picture(row.badge(), badge.language()).bake(badge.bakedPayload()),
                    durability);
            files.add(bakedDir.getFileName() + "/" + bakedFile);
        }
        return new IssuedCredential(badge.id(), badge.recipientHash(), badge.badgeId(), badge.badgeVersion(),
                badge.statusIndex(), files);
    }

    /** The badge's picture, made, encoded and checked for baking once per badge, version and language, not once per row. */
    private PreparedImage picture(String badgeId, String language) throws BadgeException {
        BadgeCriteria criteria = issuer.criteria().get(badgeId);
        String key = criteria.id() + ' ' + criteria.version() + ' ' + language;
        PreparedImage picture = pictures.get(key);
        if (picture == null) {
            picture = baker.prepare(images.imageFor(criteria, language, bake));
            PreparedImage raced = pictures.putIfAbsent(key, picture);
            if (raced != null) {
                picture = raced;
            }
        }
        return picture;
    }
}
