package org.badgekit.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.badgekit.BadgeException;

/**
 * Serves a published site folder over HTTP on a local address, for previews and tests: GET and HEAD only; content types by
 * file ({@code application/ld+json} for JSON-LD documents, {@code application/json}, {@code image/png},
 * {@code image/svg+xml}, {@code text/html}); a folder URL serves its {@code index.json} (or {@code index.html} to browsers);
 * hosted assertions listed in {@link SitePaths#GONE_LIST} answer 410 Gone; anything else missing is 404. Paths with
 * {@code ..}, encoded slashes, backslashes, hidden segments (other than {@code .well-known}) or symbolic links leading out
 * of the folder are refused with 404, so nothing outside the folder is ever served. The gone list is re-read on every
 * request, so republishing takes effect without a restart.
 */
public final class SiteServer implements AutoCloseable {
    /** Largest file served; published documents are far smaller. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;

    private SiteServer(Path root, HttpServer server, ExecutorService executor) {
        this.root = root;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving {@code dir} on {@code bind} (port 0 picks a free port).
     *
     * @throws BadgeException {@code NOT_FOUND} when {@code dir} is not a folder; {@code IO_ERROR} when the address cannot be
     *     bound (e.g. the port is taken)
     */
    public static SiteServer start(Path dir, InetSocketAddress bind) throws BadgeException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(bind, "bind");
        if (!Files.isDirectory(dir)) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, dir + " is not a folder to serve", dir.toString(), null);
        }
        Path root;
        HttpServer server;
        try {
            root = dir.toRealPath();
            server = HttpServer.create(bind, 64);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, "cannot serve " + dir + " on " + bind.getHostString() + ":"
                    + bind.getPort() + ": " + e.getMessage(), dir.toString(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "badge-serve");
            thread.setDaemon(true);
            return thread;
        });
        SiteServer site = new SiteServer(root, server, executor);
        server.createContext("/", site::handle);
        server.setExecutor(executor);
        server.start();
        return site;
    }

    /** The port served on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The root URL, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String host = server.getAddress().getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Stops serving at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = sitePath(exchange.getRequestURI().getRawPath());
            if (path == null) {
                notFound(exchange);
                return;
            }
            if (isGone(path)) {
                Path file = root.resolve(path);
                byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "{}".getBytes(StandardCharsets.UTF_8);
                send(exchange, 410, "application/ld+json", body);
                return;
            }
            Path file = resolve(path, exchange.getRequestHeaders().getFirst("Accept"));
            if (file == null) {
                notFound(exchange);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            send(exchange, 200, contentType(file, body), body);
        }
    }

    /** The decoded path below the root, "" for the root; null when it is not a path this server would ever serve. */
    static String sitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.contains("%2f") || rawPath.contains("%2F")
                || rawPath.contains("%5c") || rawPath.contains("%5C") || rawPath.contains("%00")) {
            return null;
        }
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String path = decoded.substring(1);
        if (path.contains("\\") || path.indexOf('\0') >= 0 || path.contains("//")) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".") || segment.startsWith(".") && !segment.equals(".well-known")) {
                return null;
            }
        }
        return path;
    }

    private boolean isGone(String path) throws IOException {
        Path list = root.resolve(SitePaths.GONE_LIST);
        if (!Files.isRegularFile(list)) {
            return false;
        }
        return Files.readAllLines(list, StandardCharsets.UTF_8).contains(path);
    }

    /** The file to serve, or null; never a file outside the root, even through a symbolic link. */
    private Path resolve(String path, String accept) throws IOException {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        target = target.toRealPath();
        if (!target.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(target)) {
            boolean html = accept != null && accept.contains("text/html");
            Path json = target.resolve(SitePaths.INDEX_JSON);
            Path page = target.resolve(SitePaths.INDEX_HTML);
            target = html && Files.isRegularFile(page) || !Files.isRegularFile(json) ? page : json;
            if (!Files.isRegularFile(target) || !target.toRealPath().startsWith(root)) {
                return null;
            }
        }
        return Files.isRegularFile(target) && Files.size(target) <= MAX_FILE_BYTES ? target : null;
    }

    /** The media type by extension; JSON files carrying an {@code @context} are JSON-LD. */
    static String contentType(Path file, byte[] body) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            String text = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
            return text.contains("\"@context\"") ? "application/ld+json" : "application/json";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        return "application/octet-stream";
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (type.startsWith("text/html") || type.startsWith("image/svg")) {
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'");
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
