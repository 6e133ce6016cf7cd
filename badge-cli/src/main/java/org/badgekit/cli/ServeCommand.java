package org.badgekit.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.badgekit.BadgeException;
import org.badgekit.publish.SiteServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code badge serve DIR}: serves a published folder on localhost until interrupted; {@code badge serve --api}: the
 * workspace's VC-API service instead (the same as {@code badge api-serve}, sharing {@code --port} and {@code --bind}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a folder written by 'badge publish' over HTTP on a local port, for previews and tests:",
            "JSON-LD, JSON, PNG, SVG and HTML with their content types, 410 for revoked hosted assertions, 404 otherwise.",
            "With --api, serve the workspace's VC-API instead (options below from --token-file on apply to --api only).",
            "Runs until interrupted (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    /** Options that mean something only for the VC-API service. */
    private static final List<String> API_ONLY = List.of("--token-file", "--no-auth", "--tls-self-signed", "--tls-keystore",
            "--tls-keystore-password-file", "--max-body", "--threads", "--passphrase-file");

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The published folder (not with --api).")
    Path dir;

    @Option(names = "--api", description = "Serve the workspace's VC-API (as 'badge api-serve') instead of a folder.")
    boolean api;

    @Mixin
    ApiServeOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        if (api) {
            if (dir != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--api serves the workspace, not a folder: drop "
                        + dir);
            }
            return options.serve(spec);
        }
        if (dir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "name the folder to serve (DIR), or use --api");
        }
        for (String option : API_ONLY) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + " applies to --api only");
            }
        }
        if (options.port < 0 || options.port > 65535) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "--port " + options.port
                    + " is not between 0 and 65535");
        }
        return serveFolder(new InetSocketAddress(options.bind, options.port));
    }

    private int serveFolder(InetSocketAddress address) throws BadgeException {
        SiteServer server = SiteServer.start(dir, address);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "badge-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("serving " + dir + " at " + server.uri() + " (Ctrl-C to stop)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is running
            }
        }
        return ExitCode.OK;
    }
}
