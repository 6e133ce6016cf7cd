package org.badgekit.issue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.DidWeb;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyFiles;
import org.badgekit.keys.KeyType;

/**
 * An issuer workspace: the folder a coordinator keeps, holding {@code issuer.yaml} (who issues), {@code keys/} (an Ed25519
 * key for Data Integrity proofs and an RSA-2048 key for VC-JWT and OB 2.0, private files mode 0600, optionally
 * passphrase-encrypted, each next to its public JWK) and {@code state/} (the ledger of every credential issued, its e-mail key
 * secret, and the status-list allocations).
 *
 * <p>Create one with {@link WorkspaceCreator}, open one with {@link #load(Path)}. Loading reads only public material: the
 * issuer id and every published URL are known without the passphrase; {@link #keys(char[])} decrypts the private keys.
 *
 * <h2>Identifiers and URLs</h2>
 * <ul>
 * <li>did:key workspaces: issuer id {@code did:key:z6Mk...} of the Ed25519 key, proofs by {@code did:key:X#X}.</li>
 * <li>did:web workspaces: issuer id {@code did:web:host[:path]} of the base URL; its DID document ({@link #didDocument()})
 * lists the Ed25519 key as {@code #key-1} (Data Integrity) and the RSA key as {@code #key-2} (VC-JWT).</li>
 * <li>OB 2.0: issuer Profile {@code BASE/issuer.json}, CryptographicKey {@code BASE/keys/rsa.json}, RevocationList
 * {@code BASE/revocations.json}; status lists {@code BASE/status/PURPOSE-N.json}; achievements and badge classes at
 * {@code BASE/badges/ID/vVERSION/LANG/achievement.json} and {@code .../badgeclass.json}.</li>
 * </ul>
 */
public final class Workspace {
    private final Path dir;
    private final IssuerSettings settings;
    private final IssuerKey ed25519Public;
    private final IssuerKey rsaPublic;
    private final String issuerId;

    private Workspace(Path dir, IssuerSettings settings, IssuerKey ed25519Public, IssuerKey rsaPublic) throws BadgeException {
        this.dir = dir;
        this.settings = settings;
        this.ed25519Public = ed25519Public;
        this.rsaPublic = rsaPublic;
        this.issuerId = issuerIdOf(settings, ed25519Public);
    }

    /**
     * Opens the workspace in {@code dir}.
     *
     * @throws BadgeException {@code NOT_FOUND} without {@code issuer.yaml}; {@code MALFORMED_INPUT} naming file, line and field
     *     for a bad {@code issuer.yaml}; {@code NOT_FOUND}/{@code KEY_ERROR} naming the key file when a public key is missing or
     *     broken
     */
    public static Workspace load(Path dir) throws BadgeException {
        Objects.requireNonNull(dir, "dir");
        Path yaml = dir.resolve(IssuerYaml.FILE_NAME);
        if (!Files.isRegularFile(yaml)) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, dir + " is not an issuer workspace: " + yaml
                    + " does not exist; create one with 'badge init DIR'", yaml.toString(), null);
        }
        IssuerYaml.Parsed parsed = IssuerYaml.read(yaml);
        IssuerKey ed = publicKey(dir.resolve(WorkspaceFiles.ED25519_PUBLIC), KeyType.ED25519);
        IssuerKey rsa = publicKey(dir.resolve(WorkspaceFiles.RSA_PUBLIC), KeyType.RSA);
        Workspace workspace = new Workspace(dir, parsed.settings(), ed, rsa);
        if (parsed.statedId() != null && !parsed.statedId().equals(workspace.issuerId)) {
            throw IssuerYaml.malformed(yaml, parsed.idLine(), "id", "'" + parsed.statedId() + "' is not the issuer id derived from "
                    + "the keys, did and baseUrl (" + workspace.issuerId + "); delete the id line if you changed did or baseUrl on purpose");
        }
        return workspace;
    }

    static Workspace of(Path dir, IssuerSettings settings, IssuerKey ed25519Public, IssuerKey rsaPublic) throws BadgeException {
        return new Workspace(dir, settings, ed25519Public.publicOnly(), rsaPublic.publicOnly());
    }

    private static IssuerKey publicKey(Path file, KeyType expected) throws BadgeException {
        IssuerKey key = KeyFiles.read(file, null);
        if (key.type() != expected) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, file + ": holds a " + key.type().cliName() + " key, expected "
                    + expected.cliName(), file.toString(), null);
        }
        return key.publicOnly();
    }

    static String issuerIdOf(IssuerSettings settings, IssuerKey ed25519) throws BadgeException {
        return settings.didMethod() == DidMethod.KEY ? ed25519.didKey().orElseThrow() : DidWeb.didFor(settings.baseUrl());
    }

    /** The workspace folder. */
    public Path dir() {
        return dir;
    }

    /** What {@code issuer.yaml} says. */
    public IssuerSettings settings() {
        return settings;
    }

    /** The issuer id: a did:key or did:web DID. */
    public String issuerId() {
        return issuerId;
    }

    /** The public Ed25519 key (Data Integrity proofs). */
    public IssuerKey ed25519PublicKey() {
        return ed25519Public;
    }

    /** The public RSA key (VC-JWT and OB 2.0 signed assertions). */
    public IssuerKey rsaPublicKey() {
        return rsaPublic;
    }

    /** The {@code verificationMethod} of Data Integrity proofs: {@code did:key:X#X} or {@code did:web:...#key-1}. */
    public String dataIntegrityMethod() {
        if (settings.didMethod() == DidMethod.KEY) {
            String multibase = ed25519Public.publicKeyMultibase().orElseThrow();
            return issuerId + "#" + multibase;
        }
        return issuerId + "#key-1";
    }

    /**
     * The {@code kid} of VC-JWTs. did:web issuers sign them RS256 with the RSA key, {@code did:web:...#key-2} in their DID
     * document (the 1EdTech certification profile). A did:key DID can vouch only for its own key, so did:key issuers sign
     * VC-JWTs EdDSA with the Ed25519 key and {@code kid} = {@link #dataIntegrityMethod()}: an RSA key in the header would be
     * reported as contradicting the issuer by every verifier that resolves did:key.
     */
    public String jwtKeyId() {
        return settings.didMethod() == DidMethod.WEB ? issuerId + "#key-2" : dataIntegrityMethod();
    }

    /** Whether VC-JWTs are signed with the RSA key (did:web) rather than the Ed25519 key (did:key). */
    public boolean jwtUsesRsa() {
        return settings.didMethod() == DidMethod.WEB;
    }

    /** The base URL (ends with {@code /}). */
    public URI baseUrl() {
        return settings.baseUrl();
    }

    /** OB 2.0 issuer Profile URL: {@code BASE/issuer.json}. */
    public URI ob2ProfileUrl() {
        return settings.baseUrl().resolve("issuer.json");
    }

    /** OB 2.0 CryptographicKey URL: {@code BASE/keys/rsa.json}. */
    public URI ob2KeyUrl() {
        return settings.baseUrl().resolve("keys/rsa.json");
    }

    /** OB 2.0 RevocationList URL: {@code BASE/revocations.json}. */
    public URI ob2RevocationListUrl() {
        return settings.baseUrl().resolve("revocations.json");
    }

    /** The status-list URL template for {@link org.badgekit.status.StatusListAllocator}: {@code BASE/status/{purpose}-{list}.json}. */
    public String statusListUrlTemplate() {
        return settings.baseUrl() + "status/{purpose}-{list}.json";
    }

    /** Where achievements and badge classes are published: {@code BASE/badges/}. */
    public URI badgesUrl() {
        return settings.baseUrl().resolve("badges/");
    }

    /** The {@code state/} folder. */
    public Path stateDir() {
        return dir.resolve(WorkspaceFiles.STATE);
    }

    /** The ledger file, {@code state/ledger.jsonl}. */
    public Path ledgerFile() {
        return dir.resolve(WorkspaceFiles.LEDGER);
    }

    /** The private Ed25519 key file. */
    public Path ed25519KeyFile() {
        return dir.resolve(WorkspaceFiles.ED25519_KEY);
    }

    /** The private RSA key file. */
    public Path rsaKeyFile() {
        return dir.resolve(WorkspaceFiles.RSA_KEY);
    }

    /** The public Ed25519 JWK file. */
    public Path ed25519PublicKeyFile() {
        return dir.resolve(WorkspaceFiles.ED25519_PUBLIC);
    }

    /** The public RSA JWK file (e.g. for {@code verify-jwt.js --jwk}). */
    public Path rsaPublicKeyFile() {
        return dir.resolve(WorkspaceFiles.RSA_PUBLIC);
    }

    /**
     * The secret that keys the ledger's e-mail hashes ({@code state/ledger.secret}).
     *
     * @throws BadgeException {@code NOT_FOUND}/{@code MALFORMED_INPUT}/{@code IO_ERROR} naming the file
     */
    public byte[] ledgerSecret() throws BadgeException {
        Path file = dir.resolve(WorkspaceFiles.LEDGER_SECRET);
        try {
            if (!Files.isRegularFile(file)) {
                throw new BadgeException(BadgeException.Code.NOT_FOUND, file + " does not exist; the workspace is incomplete",
                        file.toString(), null);
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (!text.matches("[0-9a-f]{64}")) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, file + ": expected 64 lower-case hex digits",
                        file.toString(), null);
            }
            return HexFormat.of().parseHex(text);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, file + ": cannot read: " + e.getMessage(), file.toString(), e);
        }
    }

    /** Whether {@link #keys(char[])} needs a passphrase. */
    public boolean keysEncrypted() {
        return settings.keysEncrypted();
    }

    /**
     * Reads the private keys and checks that they are the workspace's public keys.
     *
     * @param passphrase for encrypted keys; ignored (may be null) otherwise
     * @throws BadgeException {@code KEY_ERROR} for a missing or wrong passphrase, a missing key file, or a key that does not
     *     match its public file
     */
    public WorkspaceKeys keys(char[] passphrase) throws BadgeException {
        if (settings.keysEncrypted() && passphrase == null) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "the keys in " + dir.resolve(WorkspaceFiles.KEYS)
                    + " are passphrase-encrypted; pass --passphrase-file FILE");
        }
        char[] used = settings.keysEncrypted() ? passphrase : null;
        IssuerKey ed = privateKey(ed25519KeyFile(), used, ed25519Public);
        IssuerKey rsa = privateKey(rsaKeyFile(), used, rsaPublic);
        return new WorkspaceKeys(ed, rsa);
    }

    private static IssuerKey privateKey(Path file, char[] passphrase, IssuerKey expected) throws BadgeException {
        if (!Files.isRegularFile(file)) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "key file " + file + " does not exist; restore it from your "
                    + "backup (a new key would change the issuer's identity)", file.toString(), null);
        }
        IssuerKey key = KeyFiles.read(file, passphrase == null ? null : Arrays.copyOf(passphrase, passphrase.length));
        if (!key.hasPrivateKey()) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, file + ": holds no private key", file.toString(), null);
        }
        if (!key.samePublicKey(expected)) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, file + ": is not the private key of the public key "
                    + expected.thumbprint() + " next to it", file.toString(), null);
        }
        return key;
    }

    /** The did:web DID document listing the Ed25519 key as {@code #key-1} and the RSA key as {@code #key-2}. */
    public ObjectNode didDocument() throws BadgeException {
        String did = settings.didMethod() == DidMethod.WEB ? issuerId : DidWeb.didFor(settings.baseUrl());
        return DidWeb.document(did, List.of(ed25519Public, rsaPublic));
    }

    /** The OB 2.0 issuer Profile to host at {@link #ob2ProfileUrl()}. */
    public ObjectNode ob2Profile() {
        ObjectNode profile = JsonCodec.mapper().createObjectNode();
        profile.put("@context", "https://w3id.org/openbadges/v2");
        profile.put("type", "Issuer");
        profile.put("id", ob2ProfileUrl().toString());
        profile.put("name", settings.name());
        profile.put("url", settings.url().toString());
        profile.put("email", settings.email());
        if (settings.description() != null) {
            profile.put("description", settings.description());
        }
        String image = imageUrl();
        if (image != null) {
            profile.put("image", image);
        }
        profile.putArray("publicKey").add(ob2KeyUrl().toString());
        profile.put("revocationList", ob2RevocationListUrl().toString());
        return profile;
    }

    /** The OB 2.0 CryptographicKey to host at {@link #ob2KeyUrl()}. */
    public ObjectNode ob2CryptographicKey() {
        ObjectNode key = JsonCodec.mapper().createObjectNode();
        key.put("@context", "https://w3id.org/openbadges/v2");
        key.put("type", "CryptographicKey");
        key.put("id", ob2KeyUrl().toString());
        key.put("owner", ob2ProfileUrl().toString());
        key.put("publicKeyPem", publicKeyPem(rsaPublic));
        return key;
    }

    /** SPKI PEM of a public key, as OB 2.0 CryptographicKey documents carry it. */
    static String publicKeyPem(IssuerKey key) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.publicKey().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    /** The issuer image as a URL: as written when it is one, else the workspace file's URL under the base URL; or null. */
    public String imageUrl() {
        String image = settings.image();
        if (image == null) {
            return null;
        }
        return image.startsWith("http://") || image.startsWith("https://") ? image : settings.baseUrl().resolve(image).toString();
    }

    @Override
    public String toString() {
        return "Workspace[" + dir + ", " + issuerId + "]";
    }
}
