package org.badgekit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyFiles;
import org.badgekit.keys.KeyFormat;
import org.badgekit.keys.KeyType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code badge keys generate}: a fresh key in a new 0600 file; prints the public id, never the private key. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a key into a new file (mode 0600). Refuses to overwrite an existing file unless --force.")
final class KeysGenerateCommand implements Callable<Integer> {
    @Option(names = "--type", required = true, paramLabel = "ed25519|rsa|p256", description = "Key type.")
    String type;

    @Option(names = "--bits", defaultValue = "2048", paramLabel = "2048|3072", description = "RSA key size (default ${DEFAULT-VALUE}).")
    int bits;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Key file to create.")
    Path out;

    @Option(names = "--format", paramLabel = "jwk|pem",
            description = "File format (default: pem for a .pem file or with --passphrase-file, else jwk).")
    String format;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Encrypt the private key (PKCS#8, PBKDF2 + AES-256-CBC) with the first line of FILE.")
    Path passphraseFile;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        KeyType keyType = KeyType.parse(type);
        KeyFormat keyFormat = format != null ? KeyFormat.parse(format)
                : passphraseFile != null || out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pem") ? KeyFormat.PEM
                : KeyFormat.JWK;
        if (keyType != KeyType.RSA && spec.commandLine().getParseResult().hasMatchedOption("--bits")) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "--bits applies to rsa keys only, not " + keyType.cliName());
        }
        IssuerKey key = Passphrases.with(passphraseFile, passphrase -> {
            IssuerKey generated = IssuerKey.generate(keyType, bits);
            KeyFiles.write(generated, out, keyFormat, passphrase, force);
            return generated;
        });
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            ObjectNode result = KeyDescription.describe(key, out);
            result.put("format", keyFormat.name().toLowerCase(Locale.ROOT));
            result.put("encrypted", passphraseFile != null);
            stdout.println(JsonCodec.writePretty(result));
        } else {
            stdout.println("generated " + keyType.cliName() + (keyType == KeyType.RSA ? "-" + bits : "") + " key in " + out + " ("
                    + keyFormat.name().toLowerCase(Locale.ROOT) + (passphraseFile != null ? ", encrypted" : "") + ", mode 0600)");
            KeyDescription.printText(stdout, key);
        }
        stdout.flush();
        return ExitCode.OK;
    }
}
