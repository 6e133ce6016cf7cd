package org.badgekit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code badge keys}: groups the key commands. */
@Command(name = "keys",
        description = "Generate and inspect issuer keys (Ed25519, RSA, P-256; JWK or PEM, optionally passphrase-encrypted).",
        mixinStandardHelpOptions = true,
        subcommands = {KeysGenerateCommand.class, KeysShowCommand.class})
final class KeysCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
