package org.badgekit.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.badgekit.BadgeException;
import org.badgekit.bake.ImageFormat;
import org.badgekit.criteria.BadgeCriteria;
import org.badgekit.criteria.CriteriaCompiler;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.criteria.LocalizedText;
import org.badgekit.issue.BadgeImages;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.IssuerProfile;
import org.badgekit.issue.Workspace;
import org.badgekit.keys.JwkSet;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.status.RevokedAssertion;
import org.badgekit.status.StatusListAllocator;
import org.badgekit.status.StatusListKey;
import org.badgekit.status.StatusListStore;

/**
 * Builds the files of a published site, each at the path of the URL that credentials issued from the workspace use:
 * <ul>
 * <li>{@code issuer.json}: OB 2.0 issuer Profile with {@code publicKey} and {@code revocationList};
 * {@code profile.json}: OB 3.0 Profile; {@code index.html}: the issuer's page.</li>
 * <li>did:web: {@code .well-known/did.json} (base URL without path) or {@code did.json} (base URL with a path).</li>
 * <li>{@code keys/rsa.json}: OB 2.0 CryptographicKey with {@code publicKeyPem}; {@code keys/jwks.json}: both public keys.</li>
 * <li>{@code badges/ID/vVERSION/LANG/achievement.json}: OB 3.0 Achievement; {@code .../LANG/badgeclass.json}: OB 2.0
 * BadgeClass (both at {@link Issuer#achievementId} and {@link Issuer#badgeClassUrl}); {@code .../LANG/image.svg|png};
 * {@code badges/ID/vVERSION/index.html}.</li>
 * <li>{@code status/PURPOSE-N.json}: each status list as a signed {@code BitstringStatusListCredential};
 * {@code revocations.json}: OB 2.0 RevocationList.</li>
 * <li>{@code assertions/UUID.json}: hosted OB 2.0 assertions; a revoked one becomes {@code {id, revoked: true,
 * revocationReason}} and is listed in {@link SitePaths#GONE_LIST}.</li>
 * </ul>
 */
final class SiteBuilder {
    static final String VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private final Workspace workspace;
    private final DataIntegritySigner signer;
    private final CriteriaLibrary criteria;
    private final Instant stateTime;
    private final URI base;
    private final List<String> gone = new ArrayList<>();

    SiteBuilder(Workspace workspace, DataIntegritySigner signer, CriteriaLibrary criteria, Instant stateTime) {
        this.workspace = workspace;
        this.signer = signer;
        this.criteria = criteria;
        this.stateTime = stateTime;
        this.base = workspace.baseUrl();
    }

    /** Paths answered with 410 Gone, sorted; filled by {@link #build}. */
    List<String> gone() {
        return List.copyOf(gone);
    }

    SiteFiles build(Map<String, ObjectNode> hostedAssertions) throws BadgeException {
        SiteFiles site = new SiteFiles();
        List<String> documents = new ArrayList<>();
        documents.add(add(site, workspace.ob2ProfileUrl().toString(), workspace.ob2Profile()));
        documents.add(add(site, base.resolve("profile.json").toString(), ob3Profile()));
        if (workspace.settings().didMethod() == DidMethod.WEB) {
            String didPath = base.getRawPath() == null || base.getRawPath().equals("/") ? ".well-known/did.json" : "did.json";
            site.json(didPath, workspace.didDocument());
            documents.add(didPath);
        }
        documents.add(add(site, workspace.ob2KeyUrl().toString(), workspace.ob2CryptographicKey()));
        documents.add(add(site, base.resolve("keys/jwks.json").toString(),
                JwkSet.of(List.of(workspace.ed25519PublicKey(), workspace.rsaPublicKey()))));
        String imagePath = issuerImage(site);
        List<HtmlPages.BadgeLink> badgeLinks = badges(site);
        documents.addAll(statusLists(site));
        documents.add(add(site, workspace.ob2RevocationListUrl().toString(), revocationList()));
        assertions(site, hostedAssertions);
        site.text("index.html", HtmlPages.issuer(workspace, badgeLinks, imagePath, documents));
        site.text(SitePaths.GONE_LIST, gone.isEmpty() ? "" : String.join("\n", gone) + "\n");
        return site;
    }

    private String add(SiteFiles site, String url, JsonNode document) throws BadgeException {
        String path = SitePaths.relative(base, url);
        site.json(path, document);
        return path;
    }

    private ObjectNode ob3Profile() {
        ObjectNode profile = Publisher.object();
        profile.set("@context", Publisher.strings(List.of(VC2_CONTEXT, OB3_CONTEXT)));
        profile.setAll(IssuerProfile.of(workspace).toOb3Json());
        return profile;
    }

    /** Copies a workspace image file to where {@link Workspace#imageUrl()} says it is; null when there is none to copy. */
    private String issuerImage(SiteFiles site) throws BadgeException {
        String image = workspace.settings().image();
        String url = workspace.imageUrl();
        if (image == null || url == null || image.startsWith("http://") || image.startsWith("https://")) {
            return url;
        }
        Path file = workspace.dir().resolve(image).normalize();
        if (!file.startsWith(workspace.dir().normalize()) || !Files.isRegularFile(file)) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, "issuer image " + file + " named in issuer.yaml does not "
                    + "exist inside the workspace", file.toString(), null);
        }
        String path = SitePaths.relative(base, url);
        try {
            site.bytes(path, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        }
        return path;
    }

    private List<HtmlPages.BadgeLink> badges(SiteFiles site) throws BadgeException {
        // the issuer's own URL scheme, so the published files sit exactly where issued badges point
        Issuer urls = Issuer.newBuilder().profile(IssuerProfile.of(workspace)).dataIntegrity(signer).baseUrl(base)
                .criteria(criteria).build();
        BadgeImages images = new BadgeImages();
        List<HtmlPages.BadgeLink> links = new ArrayList<>();
        for (BadgeCriteria badge : criteria.all()) {
            String version = SitePaths.relative(base, CriteriaCompiler.achievementId(workspace.badgesUrl(), badge).toString());
            for (String language : LocalizedText.LANGUAGES) {
                String achievementId = urls.achievementId(badge, language);
                String badgeClassUrl = urls.badgeClassUrl(badge, language);
                ObjectNode achievement = Publisher.object();
                achievement.set("@context", Publisher.strings(List.of(VC2_CONTEXT, OB3_CONTEXT)));
                achievement.setAll((ObjectNode) CriteriaCompiler.toJson(CriteriaCompiler.toAchievement(badge, language,
                        URI.create(achievementId))));
                add(site, achievementId, achievement);
                add(site, badgeClassUrl, CriteriaCompiler.toJson(CriteriaCompiler.toBadgeClass(badge, language,
                        URI.create(badgeClassUrl), workspace.ob2ProfileUrl())));
                String folder = version + "/" + language;
                site.bytes(folder + "/image.svg", images.imageFor(badge, language, ImageFormat.SVG));
                site.bytes(folder + "/image.png", images.imageFor(badge, language, ImageFormat.PNG));
            }
            String up = "../".repeat(version.split("/").length);
            site.text(version + "/" + SitePaths.INDEX_HTML, HtmlPages.badge(workspace, badge, up + SitePaths.INDEX_HTML));
            links.add(new HtmlPages.BadgeLink(badge.name().get(workspace.settings().defaultLanguage()) + " v" + badge.version(),
                    version + "/"));
        }
        return links;
    }

    private List<String> statusLists(SiteFiles site) throws BadgeException {
        StatusListStore store = StatusListStore.open(workspace.stateDir(), Clock.fixed(stateTime, ZoneOffset.UTC));
        List<String> paths = new ArrayList<>();
        for (StatusListKey key : Publisher.lists(workspace)) {
            String url = StatusListAllocator.listUrl(workspace.statusListUrlTemplate(), key.purpose(), key.listNumber());
            ObjectNode signed = signer.sign(store.listCredential(key, url), stateTime);
            paths.add(add(site, url, signed));
        }
        return paths;
    }

    private ObjectNode revocationList() throws BadgeException {
        StatusListStore store = StatusListStore.open(workspace.stateDir(), Clock.fixed(stateTime, ZoneOffset.UTC));
        return store.ob2RevocationList(workspace.ob2ProfileUrl().toString(), workspace.ob2RevocationListUrl().toString());
    }

    /**
     * Hosted assertions, and a revoked-stub for every revoked assertion hosted here: also for one whose original is gone from
     * the sources, so that a republish never drops a revocation.
     */
    private void assertions(SiteFiles site, Map<String, ObjectNode> hosted) throws BadgeException {
        StatusListStore store = StatusListStore.open(workspace.stateDir(), Clock.fixed(stateTime, ZoneOffset.UTC));
        String prefix = base.resolve("assertions/").toString();
        Map<String, RevokedAssertion> revoked = new TreeMap<>();
        for (RevokedAssertion assertion : store.revokedAssertions(workspace.ob2ProfileUrl().toString())) {
            if (assertion.id().startsWith(prefix)) {
                revoked.put(assertion.id(), assertion);
            }
        }
        for (Map.Entry<String, ObjectNode> entry : hosted.entrySet()) {
            if (!revoked.containsKey(entry.getKey())) {
                site.json(SitePaths.relative(base, entry.getKey()), entry.getValue());
            }
        }
        for (RevokedAssertion revocation : revoked.values()) {
            String path = SitePaths.relative(base, revocation.id());
            ObjectNode stub = Publisher.object();
            stub.put("@context", "https://w3id.org/openbadges/v2");
            stub.put("id", revocation.id());
            stub.put("revoked", true);
            if (revocation.reason() != null) {
                stub.put("revocationReason", revocation.reason());
            }
            site.json(path, stub);
            gone.add(path);
        }
    }
}
