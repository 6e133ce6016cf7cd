package org.badgekit.resolve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.badgekit.BadgeException;

/**
 * Fetches documents over HTTP(S) for online verification, defensively: only {@code http}/{@code https}; connect and read
 * timeouts; a response size cap read incrementally; redirects followed by hand (at most {@value #MAX_REDIRECTS}) and every hop
 * refused when its host resolves to a loopback, private, link-local or otherwise local address, unless
 * {@link Builder#allowPrivateAddresses(boolean)} is set (for tests against a local server). A 410 Gone comes back as a
 * {@link ResolvedDocument} with status 410; other statuses come back with their status so callers can say what happened.
 * Other schemes (DIDs, {@code urn:}) are not this resolver's: it answers empty.
 */
public final class HttpResolver implements DocumentResolver {
    /** Redirects followed before giving up. */
    public static final int MAX_REDIRECTS = 3;
    /** Default largest response body, in bytes. */
    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
    /** Default connect and read timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;
    private final boolean allowPrivateAddresses;

    private HttpResolver(Builder builder) {
        this.timeout = builder.timeout;
        this.maxBytes = builder.maxBytes;
        this.allowPrivateAddresses = builder.allowPrivateAddresses;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /** A builder with the defaults: 5 s timeouts, 2 MB cap, private addresses refused. */
    public static Builder newBuilder() {
        return new Builder();
    }

    @Override
    public Optional<ResolvedDocument> resolve(URI uri) throws BadgeException {
        Objects.requireNonNull(uri, "uri");
        if (!isHttp(uri)) {
            return Optional.empty();
        }
        URI current = withoutFragment(uri);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkAddress(current);
            HttpResponse<InputStream> response = send(current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                String location = response.headers().firstValue("Location").orElseThrow(() -> new BadgeException(
                        BadgeException.Code.MALFORMED_INPUT, "GET " + uri + ": redirect " + status + " without a Location"));
                URI next;
                try {
                    next = withoutFragment(current.resolve(location));
                } catch (IllegalArgumentException e) {
                    throw new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                            "GET " + uri + ": redirect to '" + location + "', which is not a URI", e);
                }
                if (!isHttp(next)) {
                    throw new BadgeException(BadgeException.Code.INVALID_INPUT,
                            "GET " + uri + ": redirect to " + next + " refused: only http and https are followed");
                }
                current = next;
                continue;
            }
            byte[] body = read(uri, response);
            String type = response.headers().firstValue("Content-Type").orElse(null);
            return Optional.of(new ResolvedDocument(uri, body, type, status));
        }
        throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED,
                "GET " + uri + ": more than " + MAX_REDIRECTS + " redirects, gave up at " + current);
    }

    private HttpResponse<InputStream> send(URI target) throws BadgeException {
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Accept", "application/ld+json, application/json")
                .GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR,
                    "GET " + target + ": no answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, "GET " + target + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadgeException(BadgeException.Code.IO_ERROR, "GET " + target + ": interrupted", e);
        }
    }

    private byte[] read(URI uri, HttpResponse<InputStream> response) throws BadgeException {
        try (InputStream in = response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED,
                            "GET " + uri + ": response is larger than the limit of " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, "GET " + uri + ": reading the response failed: " + e, e);
        }
    }

    private void checkAddress(URI target) throws BadgeException {
        String host = target.getHost();
        if (host == null || host.isEmpty()) {
            throw new BadgeException(BadgeException.Code.INVALID_INPUT, "GET " + target + ": the URL has no host");
        }
        if (allowPrivateAddresses) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, "GET " + target + ": unknown host " + host, e);
        }
        for (InetAddress address : addresses) {
            if (isLocal(address)) {
                throw new BadgeException(BadgeException.Code.INVALID_INPUT, "GET " + target + " refused: host " + host
                        + " resolves to " + address.getHostAddress() + ", a loopback, private or link-local address");
            }
        }
    }

    /** True for addresses a verifier must not be steered to (SSRF): loopback, private, link-local, unique-local, any, multicast. */
    static boolean isLocal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] raw = address.getAddress();
        if (address instanceof Inet6Address) {
            return (raw[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        int first = raw[0] & 0xff;
        int second = raw[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second <= 127) // 100.64/10 carrier-grade NAT
                || (first == 198 && (second == 18 || second == 19)); // 198.18/15 benchmarking
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null) {
            return false;
        }
        String lower = scheme.toLowerCase(Locale.ROOT);
        return lower.equals("http") || lower.equals("https");
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // the redirect's body is discarded either way
        }
    }

    /** Collects the resolver's limits. */
    public static final class Builder {
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxBytes = DEFAULT_MAX_BYTES;
        private boolean allowPrivateAddresses;

        private Builder() {}

        /** Connect and read timeout (default 5 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Largest response body accepted (default 2 MB). */
        public Builder maxBytes(int maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /** Allows loopback and private addresses: only for tests against a local server. */
        public Builder allowPrivateAddresses(boolean allow) {
            this.allowPrivateAddresses = allow;
            return this;
        }

        /**
         * @throws BadgeException {@code INVALID_ARGUMENT} for a non-positive timeout or size
         */
        public HttpResolver build() throws BadgeException {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "timeout " + timeout + " must be positive");
            }
            if (maxBytes <= 0) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "maxBytes " + maxBytes + " must be positive");
            }
            return new HttpResolver(this);
        }
    }
}
