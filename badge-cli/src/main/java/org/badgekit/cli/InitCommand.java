package org.badgekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.issue.DidMethod;
import org.badgekit.issue.IssuerSettings;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceCreator;
import org.badgekit.json.JsonCodec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code badge init DIR}: a new issuer workspace; prints the issuer id, key ids and paths, never a private key. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create an issuer workspace.",
            "Writes issuer.yaml, keys/ (Ed25519 and RSA-2048, mode 0600, optionally encrypted) and state/; refuses to touch an",
            "existing workspace."})
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of the new workspace (created when missing).")
    Path dir;

    @Option(names = "--name", paramLabel = "NAME", description = "Issuing organisation's name.")
    String name;

    @Option(names = "--url", paramLabel = "URL", description = "Organisation's web site (default https://issuer.example/).")
    String url;

    @Option(names = "--email", paramLabel = "EMAIL", description = "Issuer's contact address.")
    String email;

    @Option(names = "--description", paramLabel = "TEXT", description = "A sentence about the issuer.")
    String description;

    @Option(names = "--image", paramLabel = "FILE", description = "Issuer logo (.png, .svg, .jpg), copied into the workspace.")
    Path image;

    @Option(names = "--did", paramLabel = "key|web", defaultValue = "key",
            description = "Issuer id: did:key of the Ed25519 key, or did:web of the base URL (default ${DEFAULT-VALUE}).")
    String did;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where 'badge publish' output will be hosted (default: the --url).")
    String baseUrl;

    @Option(names = "--languages", paramLabel = "en,fi,...", split = ",", defaultValue = "en,fi,et,lv,nl",
            description = "Languages badges are issued in, the default first (default ${DEFAULT-VALUE}).")
    List<String> languages;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Encrypt both private keys with the first line of FILE.")
    Path passphraseFile;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        boolean defaults = name == null || url == null || email == null;
        URI site = uri("--url", url == null ? "https://issuer.example/" : url);
        URI base = uri("--base-url", baseUrl == null ? site.toString() : baseUrl);
        if (!base.toString().endsWith("/")) {
            base = URI.create(base + "/");
        }
        List<String> langs = new ArrayList<>();
        languages.forEach(language -> langs.add(language.trim().toLowerCase(Locale.ROOT)));
        IssuerSettings settings = new IssuerSettings(name == null ? "Badge issuer (edit issuer.yaml)" : name.trim(), site,
                email == null ? "badges@" + site.getHost() : email.trim(), description, null, langs, DidMethod.parse(did), base, false);
        Workspace workspace = Passphrases.with(passphraseFile,
                passphrase -> WorkspaceCreator.create(dir, settings, image, passphrase, new SecureRandom()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonCodec.writePretty(describe(workspace)));
        } else {
            out.println("created issuer workspace " + dir);
            out.println("  issuer id:     " + workspace.issuerId());
            out.println("  issuer.yaml:   " + dir.resolve("issuer.yaml"));
            out.println("  Ed25519 key:   " + workspace.ed25519KeyFile() + " (mode 0600" + (passphraseFile != null ? ", encrypted" : "")
                    + "), Data Integrity proofs as " + workspace.dataIntegrityMethod());
            out.println("  RSA-2048 key:  " + workspace.rsaKeyFile() + " (mode 0600" + (passphraseFile != null ? ", encrypted" : "")
                    + "), OB 2.0 signed assertions" + (workspace.jwtUsesRsa() ? " and VC-JWT as " + workspace.jwtKeyId() : ""));
            out.println("  public keys:   " + workspace.ed25519PublicKeyFile() + ", " + workspace.rsaPublicKeyFile());
            out.println("  state:         " + workspace.stateDir() + " (ledger, status lists)");
            out.println("  hosted at:     " + workspace.baseUrl() + " (OB 2.0 issuer profile " + workspace.ob2ProfileUrl() + ")");
            if (defaults) {
                out.println("edit " + dir.resolve("issuer.yaml") + " to set the issuer's name, url and email before issuing real badges");
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    static ObjectNode describe(Workspace workspace) {
        ObjectNode result = JsonCodec.mapper().createObjectNode();
        result.put("workspace", workspace.dir().toString());
        result.put("issuerId", workspace.issuerId());
        result.put("name", workspace.settings().name());
        result.put("didMethod", workspace.settings().didMethod().value());
        result.put("baseUrl", workspace.baseUrl().toString());
        result.put("verificationMethod", workspace.dataIntegrityMethod());
        result.put("jwtKeyId", workspace.jwtKeyId());
        result.put("ed25519Key", workspace.ed25519KeyFile().toString());
        result.put("rsaKey", workspace.rsaKeyFile().toString());
        result.put("ed25519PublicKey", workspace.ed25519PublicKeyFile().toString());
        result.put("rsaPublicKey", workspace.rsaPublicKeyFile().toString());
        result.put("keysEncrypted", workspace.keysEncrypted());
        result.put("ed25519Thumbprint", workspace.ed25519PublicKey().thumbprint());
        result.put("rsaThumbprint", workspace.rsaPublicKey().thumbprint());
        return result;
    }

    private static URI uri(String option, String text) throws BadgeException {
        try {
            URI uri = new URI(text.trim());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new URISyntaxException(text, "not an http(s) URL with a host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, option + " '" + text
                    + "' is not an absolute http(s) URL like https://example.org/");
        }
    }
}
