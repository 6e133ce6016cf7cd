package org.badgekit.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.badgekit.BadgeException;
import org.badgekit.verify.Verifier;

/**
 * A verifier with the default settings, built on a background thread while the main thread is still setting up picocli.
 * Building one loads the OB 3.0 JSON Schema (networknt) and the bundled JSON-LD contexts, a third of a cold
 * {@code badge verify}; on a second core that overlaps with the command-line parsing instead of following it. The command
 * then derives its verifier with {@link Verifier#toBuilder()}, which keeps the built parts and replaces every setting.
 */
final class VerifierWarmup {
    private final CompletableFuture<Verifier> defaults;

    private VerifierWarmup(CompletableFuture<Verifier> defaults) {
        this.defaults = defaults;
    }

    /** Starts building now, on a daemon thread that cannot keep the process alive. */
    static VerifierWarmup start() {
        CompletableFuture<Verifier> defaults = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                defaults.complete(Verifier.newBuilder().build());
            } catch (BadgeException | RuntimeException | Error e) {
                defaults.completeExceptionally(e);
            }
        }, "badge-verifier-warmup");
        thread.setDaemon(true);
        thread.start();
        return new VerifierWarmup(defaults);
    }

    /**
     * A builder preset with the pre-built verifier's parts; if the warm-up failed, a plain builder, so that {@code build()}
     * reports the failure on the calling thread as it would have without the warm-up.
     */
    Verifier.Builder builder() {
        try {
            return defaults.get().toBuilder();
        } catch (ExecutionException e) {
            return Verifier.newBuilder();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verifier.newBuilder();
        }
    }
}
