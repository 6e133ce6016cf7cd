package org.badgekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.badgekit.BadgeException;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceKeys;
import org.badgekit.issue.WorkspaceLocator;
import org.badgekit.status.StatusListAllocator;
import picocli.CommandLine;

/**
 * How commands that need an issuer find it: {@code --workspace DIR} (given before or after the subcommand), else
 * {@code ./issuer.yaml}, else the demo workspace in the badge home, announced with one line on stderr. The badge home is the
 * {@code badge.home} system property, else the {@code BADGE_HOME} environment variable, else {@code ~/.badge}.
 */
final class WorkspaceContext {
    private WorkspaceContext() {}

    static Path badgeHome() {
        String property = System.getProperty("badge.home");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("BADGE_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".badge");
    }

    /** The workspace named with {@code --workspace} on the root command, or null. */
    static Path explicitWorkspace(CommandLine.Model.CommandSpec spec) {
        Object root = spec.root().userObject();
        return root instanceof BadgeCommand badge ? badge.workspace : null;
    }

    /** Finds the workspace; announces the demo workspace on stderr unless {@code quiet}. */
    static WorkspaceLocator.Located locate(CommandLine.Model.CommandSpec spec, boolean quiet) throws BadgeException {
        WorkspaceLocator.Located located = WorkspaceLocator.locate(explicitWorkspace(spec), Path.of("").toAbsolutePath(),
                badgeHome(), new SecureRandom());
        if (located.demo() && !quiet) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("badge: using the DEMO workspace at " + located.workspace().dir() + "; run 'badge init' for your own");
            err.flush();
        }
        return located;
    }

    /** The workspace's private keys, decrypted with the first line of {@code passphraseFile} when given. */
    static WorkspaceKeys keys(Workspace workspace, Path passphraseFile) throws BadgeException {
        return Passphrases.with(passphraseFile, workspace::keys);
    }

    /** The workspace's issuer: its keys (see {@link #keys}) and its status-list allocator. */
    static Issuer issuer(Workspace workspace, Path passphraseFile, CriteriaLibrary criteria, Clock clock) throws BadgeException {
        StatusListAllocator allocator = StatusListAllocator.newBuilder(workspace.stateDir(), workspace.statusListUrlTemplate())
                .build();
        return Issuer.forWorkspace(workspace, keys(workspace, passphraseFile), criteria, allocator, clock);
    }
}
