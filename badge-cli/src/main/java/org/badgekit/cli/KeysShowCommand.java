package org.badgekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.keys.IssuerKey;
import org.badgekit.keys.KeyFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code badge keys show}: the public side of a key file; private parts are never printed. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a key's algorithm, public JWK, RFC 7638 thumbprint and (Ed25519) did:key. Never prints private parts.")
final class KeysShowCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A JWK or PEM key file (public or private).")
    Path file;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Passphrase for an encrypted PEM (first line of FILE).")
    Path passphraseFile;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        IssuerKey key = Passphrases.with(passphraseFile, passphrase -> KeyFiles.read(file, passphrase));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonCodec.writePretty(KeyDescription.describe(key, file)));
        } else {
            out.println("file:        " + file);
            KeyDescription.printText(out, key);
        }
        out.flush();
        return ExitCode.OK;
    }
}
