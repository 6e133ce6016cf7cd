package org.badgekit.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.badgekit.BadgeException;
import org.badgekit.api.ApiServer;
import org.badgekit.api.ApiToken;
import org.badgekit.api.TlsSetup;
import org.badgekit.issue.Workspace;
import org.badgekit.keys.KeyFiles;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the VC-API service mode ({@code badge api-serve} now; {@code badge serve --api} once the static server and
 * this are joined): where to listen, how clients authenticate, TLS, and limits. {@link #serve} starts the server for the
 * command's workspace and blocks until the process is stopped.
 */
final class ApiServeOptions {
    @Option(names = "--port", paramLabel = "P", defaultValue = "" + ApiServer.DEFAULT_PORT,
            description = "Port to listen on; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--token-file", paramLabel = "F",
            description = "Bearer token file, created (mode 0600) when missing (default: WORKSPACE/state/api-token).")
    Path tokenFile;

    @Option(names = "--no-auth", description = "Serve issuing and status endpoints without a token (loopback addresses only).")
    boolean noAuth;

    @Option(names = "--tls-self-signed", description = "Serve HTTPS with a fresh self-signed certificate; prints its SHA-256 fingerprint.")
    boolean tlsSelfSigned;

    @Option(names = "--tls-keystore", paramLabel = "F", description = "Serve HTTPS with the key and certificate of a PKCS#12 file.")
    Path tlsKeystore;

    @Option(names = "--tls-keystore-password-file", paramLabel = "F", description = "Password of --tls-keystore (first line).")
    Path tlsKeystorePasswordFile;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ApiServer.DEFAULT_MAX_BODY_BYTES,
            description = "Largest request body; larger ones get 413 (default ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "" + ApiServer.DEFAULT_THREADS,
            description = "Worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Passphrase of encrypted workspace keys (first line).")
    Path passphraseFile;

    /** Starts the server and blocks until the JVM shuts down (Ctrl-C, SIGTERM). */
    int serve(CommandLine.Model.CommandSpec spec) throws BadgeException {
        ApiServer server = start(spec);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (BadgeException e) {
                spec.commandLine().getErr().println("badge: " + e.getMessage());
            }
            stopped.countDown();
        }, "badge-api-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return ExitCode.OK;
    }

    /** Starts the server for the command's workspace and says on stderr where it listens and where the token is. */
    ApiServer start(CommandLine.Model.CommandSpec spec) throws BadgeException {
        InetAddress address = address();
        if (tlsSelfSigned && tlsKeystore != null) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "use either --tls-self-signed or --tls-keystore, not both");
        }
        if (tlsKeystorePasswordFile != null && tlsKeystore == null) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "--tls-keystore-password-file needs --tls-keystore");
        }
        if (noAuth && tokenFile != null) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "use either --no-auth or --token-file, not both");
        }
        if (noAuth && !address.isLoopbackAddress()) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "refusing --no-auth on " + bind
                    + ", which is not a loopback address: anyone who can reach it could issue badges");
        }
        Workspace workspace = WorkspaceContext.locate(spec, false).workspace();
        PrintWriter err = spec.commandLine().getErr();
        SecureRandom random = new SecureRandom();
        ApiServer.Builder builder = ApiServer.newBuilder(workspace, WorkspaceContext.keys(workspace, passphraseFile))
                .criteria(CriteriaSource.resolve(null).load()).bindAddress(address).port(port).maxBodyBytes(maxBody)
                .threads(threads).random(random).log(line -> {
                    synchronized (err) {
                        err.println(line);
                        err.flush();
                    }
                });
        List<String> notes = new ArrayList<>();
        if (noAuth) {
            builder.noAuth(true);
            notes.add("no token required (--no-auth, loopback only)");
        } else {
            Path file = tokenFile != null ? tokenFile : workspace.stateDir().resolve(ApiToken.FILE_NAME);
            ApiToken token = ApiToken.loadOrCreate(file, random);
            builder.token(token.value());
            notes.add("bearer token in " + file + (token.created() ? " (created now, mode 0600)" : ""));
        }
        TlsSetup tls = tls(address, random);
        if (tls != null) {
            builder.tls(tls);
            notes.add("TLS certificate SHA-256 " + tls.sha256Fingerprint());
        }
        ApiServer server = builder.build().start();
        err.println("badge: VC-API for " + workspace.issuerId() + " listening on " + server.uri());
        notes.forEach(note -> err.println("badge: " + note));
        err.flush();
        return server;
    }

    private InetAddress address() throws BadgeException {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "--bind '" + bind + "' is not an address of this machine");
        }
    }

    private TlsSetup tls(InetAddress address, SecureRandom random) throws BadgeException {
        if (tlsSelfSigned) {
            List<String> hosts = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1"));
            if (!address.isAnyLocalAddress()) {
                hosts.add(address.getHostAddress());
            }
            return TlsSetup.selfSigned(hosts, Clock.systemUTC(), random);
        }
        if (tlsKeystore == null) {
            return null;
        }
        char[] password = tlsKeystorePasswordFile == null ? new char[0] : KeyFiles.readPassphrase(tlsKeystorePasswordFile);
        try {
            return TlsSetup.pkcs12(tlsKeystore, password, random);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
