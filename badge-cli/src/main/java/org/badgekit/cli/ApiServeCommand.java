package org.badgekit.cli;

import java.util.concurrent.Callable;
import org.badgekit.BadgeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code badge api-serve}: the VC-API service of the workspace (issue, verify, status), until stopped. Temporary name; the
 * CLI contract's {@code badge serve --api} takes the same options ({@link ApiServeOptions}).
 */
@Command(name = "api-serve", hidden = true, mixinStandardHelpOptions = true,
        description = {"Serve the W3C VC-API of the workspace until stopped (Ctrl-C):",
            "  POST /credentials/issue, /credentials/verify, /credentials/status,",
            "  POST /badges/issue[?bake=png|svg], GET /status/{purpose}/{n}.",
            "Listens on 127.0.0.1 by default; issuing and status changes need the bearer",
            "token. Same options as 'badge serve --api'."})
final class ApiServeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ApiServeOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        return options.serve(spec);
    }
}
