package org.badgekit.issue.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.imageio.ImageIO;
import org.badgekit.BadgeException;
import org.badgekit.issue.AtomicFiles;
import org.badgekit.json.JsonCodec;

/**
 * A stand-in for the real signer: writes a real JSON credential and a real (tiny) PNG per row, atomically, the way the real
 * issuer must. It can be slowed down (to let a test kill a batch mid-way) and told to fail for chosen rows.
 */
final class FakeRowIssuer implements RowIssuer {
    static final String VERSION = "1.0.0";
    private static final byte[] PNG = tinyPng();

    private final long delayNanos;
    private final Set<Integer> failingRows = ConcurrentHashMap.newKeySet();
    private volatile BadgeException.Code failureCode = BadgeException.Code.INVALID_INPUT;
    private final AtomicInteger calls = new AtomicInteger();
    private final boolean writeFiles;
    private final AtomicFiles.Durability durability;

    FakeRowIssuer() {
        this(0, true, AtomicFiles.Durability.POWER_LOSS);
    }

    FakeRowIssuer(long delayMillis, boolean writeFiles, AtomicFiles.Durability durability) {
        this.delayNanos = delayMillis * 1_000_000L;
        this.writeFiles = writeFiles;
        this.durability = durability;
    }

    /** Makes the issuer throw for this row, with the given code. */
    FakeRowIssuer failOn(int row, BadgeException.Code code) {
        failingRows.add(row);
        failureCode = code;
        return this;
    }

    int calls() {
        return calls.get();
    }

    @Override
    public IssuedCredential issue(BatchRow row, String credentialId, Path credentialsDir, Path bakedDir)
            throws BadgeException {
        calls.incrementAndGet();
        if (failingRows.contains(row.row())) {
            throw new BadgeException(failureCode, "row " + row.row() + ": the fake issuer was told to fail");
        }
        if (delayNanos > 0) {
            // simulated signing work, so that a test can kill the process while rows are in flight
            LockSupport.parkNanos(delayNanos);
        }
        String recipientHash = "sha256$" + Integer.toHexString(row.normalizedEmail().hashCode());
        if (!writeFiles) {
            return new IssuedCredential(credentialId, recipientHash, row.badge(), VERSION, row.row(), List.of());
        }
        ObjectNode credential = JsonCodec.mapper().createObjectNode();
        credential.put("id", credentialId).put("name", row.name()).put("badge", row.badge()).put("lang", row.lang())
                .put("recipient", recipientHash);
        String json = row.fileStem() + ".json";
        String png = row.fileStem() + ".png";
        AtomicFiles.write(credentialsDir.resolve(json), JsonCodec.writePretty(credential).getBytes(StandardCharsets.UTF_8),
                durability);
        AtomicFiles.write(bakedDir.resolve(png), PNG, durability);
        return new IssuedCredential(credentialId, recipientHash, row.badge(), VERSION, row.row(),
                List.of("credentials/" + json, "baked/" + png));
    }

    private static byte[] tinyPng() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
