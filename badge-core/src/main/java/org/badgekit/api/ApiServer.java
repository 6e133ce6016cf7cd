package org.badgekit.api;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.badgekit.BadgeException;
import org.badgekit.criteria.CriteriaLibrary;
import org.badgekit.issue.Issuer;
import org.badgekit.issue.IssuerProfile;
import org.badgekit.issue.Ledger;
import org.badgekit.issue.Workspace;
import org.badgekit.issue.WorkspaceKeys;
import org.badgekit.sign.DataIntegritySigner;
import org.badgekit.sign.VcJwt;
import org.badgekit.status.StatusListAllocator;
import org.badgekit.status.StatusListStore;
import org.badgekit.verify.Verifier;

/**
 * The VC-API server of one issuer workspace, on the JDK's HTTP server.
 *
 * <table>
 * <caption>Endpoints</caption>
 * <tr><th>endpoint</th><th>token</th><th>answer</th></tr>
 * <tr><td>{@code POST /credentials/issue}</td><td>yes</td><td>201 {@code {"verifiableCredential"}}</td></tr>
 * <tr><td>{@code POST /credentials/verify}</td><td>no</td><td>200 / 422 {@code {"verified", "checks", "warnings", "errors"}}</td></tr>
 * <tr><td>{@code POST /credentials/status}</td><td>yes</td><td>200 {@code {"credentialId", "status", "changed", ...}}</td></tr>
 * <tr><td>{@code POST /badges/issue[?bake=png|svg]}</td><td>yes</td><td>201 OB 3.0 convenience: the fields of a batch row</td></tr>
 * <tr><td>{@code GET /status/{purpose}/{n}}</td><td>no</td><td>200 the signed BitstringStatusListCredential</td></tr>
 * </table>
 *
 * <p>Safe by default: binds to the loopback address; issuing and status endpoints need {@code Authorization: Bearer TOKEN}
 * (turning that off is refused on any other address); request bodies are capped (413 beyond, without reading the rest); a
 * bounded thread pool serves requests; request and response times are limited; errors are JSON without stack traces.
 * Issuance goes through the workspace ledger (held open, and so locked against other processes, while the server runs) and
 * honours {@code Idempotency-Key}.
 *
 * <pre>{@code
 * try (ApiServer server = ApiServer.newBuilder(workspace, workspace.keys(null)).token(token.value()).port(0).build().start()) {
 *     URI base = server.uri();
 * }
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {
    /** Default port. */
    public static final int DEFAULT_PORT = 8787;
    /** Default request body cap: 1 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** Default worker threads. */
    public static final int DEFAULT_THREADS = 8;
    /** Default limit on reading a request and on writing a response. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Builder settings;
    private HttpServer server;
    private ThreadPoolExecutor executor;
    private Ledger ledger;

    private ApiServer(Builder settings) {
        this.settings = settings;
    }

    /** A builder for the server of {@code workspace}, signing with {@code keys}. */
    public static Builder newBuilder(Workspace workspace, WorkspaceKeys keys) {
        return new Builder(workspace, keys);
    }

    /**
     * Opens the ledger and starts serving.
     *
     * @throws BadgeException {@code IO_ERROR} when the ledger is in use by another process or the address cannot be bound
     */
    public synchronized ApiServer start() throws BadgeException {
        if (server != null) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "the server was already started");
        }
        applyServerProperties(settings.timeout);
        Workspace workspace = settings.workspace;
        ledger = Ledger.open(workspace.ledgerFile(), workspace.ledgerSecret());
        try {
            StatusListAllocator allocator = StatusListAllocator.newBuilder(workspace.stateDir(), workspace.statusListUrlTemplate())
                    .random(settings.random).build();
            DataIntegritySigner dataIntegrity = DataIntegritySigner.create(settings.keys.ed25519().privateKey().orElseThrow(),
                    workspace.dataIntegrityMethod());
            StatusLists lists = new StatusLists(workspace, allocator, StatusListStore.open(workspace.stateDir(), settings.clock),
                    dataIntegrity, settings.clock);
            IssuanceStore store = IssuanceStore.open(ledger, workspace.stateDir().resolve("api").resolve("credentials"));
            Issuer issuer = Issuer.forWorkspace(workspace, settings.keys, settings.criteria, allocator, settings.clock);
            Verifier verifier = settings.verifier != null ? settings.verifier
                    : Verifier.newBuilder().resolver(lists.resolver()).clock(settings.clock).build();
            CredentialIssueEndpoint credentials = new CredentialIssueEndpoint(IssuerProfile.of(workspace), dataIntegrity,
                    VcJwt.signer(workspace.jwtUsesRsa() ? settings.keys.rsa() : settings.keys.ed25519(), workspace.jwtKeyId()),
                    allocator, store, settings.clock, settings.random);
            BadgeIssueEndpoint badges = new BadgeIssueEndpoint(issuer, store, settings.clock);
            VerifyEndpoint verify = new VerifyEndpoint(verifier);
            StatusEndpoints status = new StatusEndpoints(store, lists);

            InetSocketAddress address = new InetSocketAddress(settings.bindAddress, settings.port);
            server = settings.tls == null ? HttpServer.create(address, 64) : https(address, settings.tls);
            BearerToken token = settings.token == null ? null : new BearerToken(settings.token);
            long max = settings.maxBodyBytes;
            Consumer<String> log = settings.log;
            server.createContext(CredentialIssueEndpoint.PATH,
                    new ApiHandler(CredentialIssueEndpoint.PATH, false, "POST", token, max, credentials::handle, log));
            server.createContext("/credentials/verify",
                    new ApiHandler("/credentials/verify", false, "POST", null, max, verify::handle, log));
            server.createContext("/credentials/status",
                    new ApiHandler("/credentials/status", false, "POST", token, max, status::change, log));
            server.createContext(BadgeIssueEndpoint.PATH,
                    new ApiHandler(BadgeIssueEndpoint.PATH, false, "POST", token, max, badges::handle, log));
            server.createContext("/status/", new ApiHandler("/status/", true, "GET", null, 0, status::list, log));
            server.createContext("/", new ApiHandler("/", false, "GET", null, 0, request -> {
                throw new BadgeException(BadgeException.Code.NOT_FOUND, "no endpoint at " + request.path());
            }, log));
            executor = executor(settings.threads);
            server.setExecutor(executor);
            server.start();
            return this;
        } catch (IOException e) {
            closeQuietly();
            throw new BadgeException(BadgeException.Code.IO_ERROR, "cannot listen on " + settings.bindAddress.getHostAddress()
                    + ":" + settings.port + ": " + e.getMessage(), e);
        } catch (BadgeException | RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    private static HttpsServer https(InetSocketAddress address, TlsSetup tls) throws IOException {
        HttpsServer https = HttpsServer.create(address, 64);
        https.setHttpsConfigurator(new HttpsConfigurator(tls.context()));
        return https;
    }

    /**
     * Requests that are read or answered slower than {@code timeout} are cut off, and small answers are sent at once
     * ({@code TCP_NODELAY}: without it, Nagle's algorithm and delayed ACKs add tens of milliseconds to every request). The JDK
     * server reads these settings from system properties once, when its implementation loads; an explicit setting by the
     * operator wins.
     */
    private static void applyServerProperties(Duration timeout) {
        String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
        for (String property : new String[] {"sun.net.httpserver.maxReqTime", "sun.net.httpserver.maxRspTime"}) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, seconds);
            }
        }
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static ThreadPoolExecutor executor(int threads) {
        AtomicInteger count = new AtomicInteger();
        // a full queue runs the request on the accepting thread: back-pressure instead of unbounded memory
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 32), runnable -> {
                    Thread thread = new Thread(runnable, "badge-api-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The port the server listens on (the real one when built with port 0). */
    public synchronized int port() {
        return server.getAddress().getPort();
    }

    /** The base URI, e.g. {@code https://127.0.0.1:8787/}. */
    public synchronized URI uri() {
        String host = settings.bindAddress.getHostAddress();
        host = host.contains(":") ? "[" + host + "]" : host;
        return URI.create((settings.tls == null ? "http" : "https") + "://" + host + ":" + port() + "/");
    }

    /** Stops accepting, lets running requests finish (up to one second) and their handlers end (up to five), releases the ledger. */
    @Override
    public synchronized void close() throws BadgeException {
        if (server != null) {
            server.stop(1);
            server = null;
        }
        if (executor != null) {
            executor.shutdown();
            try {
                // a handler may still be logging its access line or recording the ledger after the answer was sent
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
        if (ledger != null) {
            Ledger open = ledger;
            ledger = null;
            open.close();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (BadgeException ignored) {
            // the start failure is what the caller must see
        }
    }

    /** Configures an {@link ApiServer}; not thread-safe. */
    public static final class Builder {
        private final Workspace workspace;
        private final WorkspaceKeys keys;
        private CriteriaLibrary criteria;
        private Verifier verifier;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port = DEFAULT_PORT;
        private String token;
        private boolean noAuth;
        private TlsSetup tls;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int threads = DEFAULT_THREADS;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Clock clock = Clock.systemUTC();
        private SecureRandom random = new SecureRandom();
        private Consumer<String> log = System.err::println;

        private Builder(Workspace workspace, WorkspaceKeys keys) {
            this.workspace = Objects.requireNonNull(workspace, "workspace");
            this.keys = Objects.requireNonNull(keys, "keys");
        }

        /** The badges {@code /badges/issue} issues (default: the bundled criteria). */
        public Builder criteria(CriteriaLibrary criteria) {
            this.criteria = Objects.requireNonNull(criteria, "criteria");
            return this;
        }

        /** The verifier of {@code /credentials/verify} (default: offline, resolving this issuer's own status lists). */
        public Builder verifier(Verifier verifier) {
            this.verifier = Objects.requireNonNull(verifier, "verifier");
            return this;
        }

        /** The address to listen on (default: loopback). */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** The port; 0 for any free port (default {@value ApiServer#DEFAULT_PORT}). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The bearer token the issuing and status endpoints require. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** Serve issuing and status endpoints without a token; allowed on a loopback address only. */
        public Builder noAuth(boolean noAuth) {
            this.noAuth = noAuth;
            return this;
        }

        /** Serve HTTPS with this identity (default: plain HTTP). */
        public Builder tls(TlsSetup tls) {
            this.tls = tls;
            return this;
        }

        /** Largest request body accepted (default 1 MiB). */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** Worker threads (default {@value ApiServer#DEFAULT_THREADS}). */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Limit on reading a request and on writing a response (default 30 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** The clock for validFrom defaults, proofs and status lists. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The source of credential ids and status list keys. */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** Where one line per request and per server-side failure goes (default: stderr). Never receives the token. */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /**
         * @throws BadgeException {@code INVALID_ARGUMENT} without a token (unless no-auth), for no-auth on a non-loopback
         *     address, or for a port, body cap or thread count out of range
         */
        public ApiServer build() throws BadgeException {
            if (noAuth && !bindAddress.isLoopbackAddress()) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "refusing to serve without a token on "
                        + bindAddress.getHostAddress() + ", which is not a loopback address; drop --no-auth");
            }
            if (!noAuth && (token == null || token.isBlank())) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "a bearer token is required (or no-auth on loopback)");
            }
            if (port < 0 || port > 65535) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "port " + port + " is not in 0..65535");
            }
            if (maxBodyBytes < 1024 || maxBodyBytes > 64L * 1024 * 1024) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "body limit " + maxBodyBytes
                        + " bytes is not between 1 KiB and 64 MiB");
            }
            if (threads < 1 || threads > 256) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "threads " + threads + " is not in 1..256");
            }
            if (criteria == null) {
                criteria = CriteriaLibrary.bundled();
            }
            if (noAuth) {
                token = null;
            }
            return new ApiServer(this);
        }
    }
}
