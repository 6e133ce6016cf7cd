package org.badgekit.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.badgekit.BadgeException;
import org.badgekit.publish.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code badge serve DIR}: serves a published folder on localhost until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a folder written by 'badge publish' over HTTP on a local port, for previews and tests:",
            "JSON-LD, JSON, PNG, SVG and HTML with their content types, 410 for revoked hosted assertions, 404 otherwise.",
            "Runs until interrupted (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The published folder.")
    Path dir;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
            description = "Port (default ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String bind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadgeException {
        if (port < 0 || port > 65535) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "--port " + port + " is not between 0 and 65535");
        }
        SiteServer server = SiteServer.start(dir, new InetSocketAddress(bind, port));
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
