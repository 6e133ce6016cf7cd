package org.badgekit.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.badgekit.BadgeException;
import org.badgekit.keys.KeyFiles;

/** A {@code --passphrase-file} read for the length of one action, its characters wiped afterwards. */
final class Passphrases {
    /** What is done with the passphrase (null when no file was given). */
    interface Use<T> {
        T apply(char[] passphrase) throws BadgeException;
    }

    private Passphrases() {}

    /** Runs {@code use} with the first line of {@code file} (or null when {@code file} is null), then wipes it. */
    static <T> T with(Path file, Use<T> use) throws BadgeException {
        char[] passphrase = file == null ? null : KeyFiles.readPassphrase(file);
        try {
            return use.apply(passphrase);
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }
}
