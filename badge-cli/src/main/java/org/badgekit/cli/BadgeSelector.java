package org.badgekit.cli;

import org.badgekit.BadgeException;
import org.badgekit.revoke.BadgeTarget;
import org.badgekit.revoke.Revocations;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** How revoke, unsuspend and status name a badge: a credential id or badge file, or {@code --ref} / {@code --email}. */
final class BadgeSelector {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID|FILE",
            description = "Credential id (urn:uuid:..., or a hosted assertion URL) or a badge file (JSON, JWT, baked PNG/SVG).")
    String idOrFile;

    @Option(names = "--ref", paramLabel = "REF", description = "The badge whose ledger entry has this ref (the batch row key).")
    String ref;

    @Option(names = "--email", paramLabel = "EMAIL", description = "The one badge issued to this e-mail address.")
    String email;

    /** The badge named, found in the workspace. */
    BadgeTarget find(Revocations revocations, CommandLine.Model.CommandSpec spec) throws BadgeException {
        int named = (idOrFile != null ? 1 : 0) + (ref != null ? 1 : 0) + (email != null ? 1 : 0);
        if (named != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "name exactly one badge: ID|FILE, --ref REF or --email EMAIL");
        }
        if (ref != null) {
            return revocations.findByRef(ref);
        }
        if (email != null) {
            return revocations.findByEmail(email);
        }
        return revocations.find(idOrFile);
    }
}
