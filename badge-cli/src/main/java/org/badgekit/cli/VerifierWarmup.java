package org.badgekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.badgekit.jsonld.Canonicalizer;
import org.badgekit.verify.Verifier;

/**
 * A verifier with the default settings, built on a background thread while the main thread is still setting up picocli.
 * Building one loads the OB 3.0 JSON Schema (networknt, with Jackson's first ObjectMapper) and the bundled JSON-LD contexts,
 * a third of a cold {@code badge verify}; on a second core that overlaps with the command-line parsing instead of following
 * it. A second thread meanwhile sets up the shared JSON mapper and loads the contexts, so that parsing the badge and the
 * verifier's own canonicalizer find them ready. The command then derives its verifier with {@link Verifier#toBuilder()},
 * which keeps the built parts and replaces every setting.
 */
final class VerifierWarmup {
    private final CompletableFuture<Verifier> defaults;

    private VerifierWarmup(CompletableFuture<Verifier> defaults) {
        this.defaults = defaults;
    }

    /** Starts building now, on daemon threads that cannot keep the process alive. */
    static VerifierWarmup start() {
        CompletableFuture<Verifier> defaults = new CompletableFuture<>();
        daemon("badge-verifier-warmup", () -> {
            Verifier verifier;
            try {
                verifier = Verifier.newBuilder().build();
                defaults.complete(verifier);
            } catch (BadgeException | RuntimeException | Error e) {
                defaults.completeExceptionally(e);
                return;
            }
            rehearse(verifier);
        });
        // the results are dropped: what stays is the shared JSON mapper that parsing the badge needs, and the contexts, loaded
        // once per process, that the verifier's canonicalizer reuses
        daemon("badge-contexts-warmup", () -> {
            JsonCodec.mapper();
            Canonicalizer.rdfc();
        });
        return new VerifierWarmup(defaults);
    }

    /**
     * Verifies a bundled credential (one of our own, signed with a throwaway key) on this thread while the command reads its
     * input: class loading and initialization, the compiled JSON-LD contexts (kept by the verifier's canonicalizer, which the
     * command's verifier shares) and the Ed25519 tables are then ready, or half-way there, when the real file arrives. The
     * report is ignored; the verifier is offline, so nothing leaves the process.
     */
    private static void rehearse(Verifier verifier) {
        try (InputStream in = VerifierWarmup.class.getResourceAsStream(REHEARSAL)) {
            if (in != null) {
                verifier.verify(in.readAllBytes(), REHEARSAL);
            }
        } catch (IOException | RuntimeException e) {
            // a rehearsal only saves time; the real verification reports whatever goes wrong
        }
    }

    private static final String REHEARSAL = "warmup-credential.json";

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
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
