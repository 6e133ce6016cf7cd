package org.badgekit.issue.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.badgekit.BadgeException;
import org.badgekit.issue.AtomicFiles;
import org.badgekit.issue.Ledger;
import org.badgekit.json.JsonCodec;

/** Writes {@code manifest.jsonl} (rebuilt from the ledger, so it is whole after a resume) and {@code summary.json}. */
final class BatchOutputs {
    private final Map<String, Set<String>> versions = new TreeMap<>();
    private long manifestLines;

    /**
     * Rewrites the manifest from this batch's ledger entries, in ledger order, one line per credential id (a repaired row has
     * two ledger lines; the newest wins); returns how many lines it has.
     */
    long writeManifest(Ledger ledger, String batchId, Path manifest) throws BadgeException {
        Path temp = manifest.resolveSibling("." + manifest.getFileName() + ".writing.tmp");
        Map<Key128, Long> lastLine = new HashMap<>();
        long[] ordinal = {0};
        ledger.forEach(entry -> {
            if (entry.batch().equals(batchId)) {
                lastLine.put(Key128.of(entry.id()), ordinal[0]++);
            }
        });
        ordinal[0] = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            ledger.forEach(entry -> {
                if (!entry.batch().equals(batchId) || lastLine.get(Key128.of(entry.id())) != ordinal[0]++) {
                    return;
                }
                ObjectNode line = JsonCodec.mapper().createObjectNode();
                line.put("row", entry.row());
                if (entry.ref() != null) {
                    line.put("ref", entry.ref());
                }
                line.put("id", entry.id()).put("badge", entry.badge()).put("version", entry.version())
                        .put("recipientHash", entry.recipientHash());
                ArrayNode files = line.putArray("files");
                entry.files().forEach(files::add);
                if (entry.statusIndex() != null) {
                    line.put("statusIndex", entry.statusIndex().intValue());
                } else {
                    line.putNull("statusIndex");
                }
                try {
                    writer.write(JsonCodec.write(line));
                    writer.write('\n');
                } catch (IOException e) {
                    throw new BadgeException(BadgeException.Code.IO_ERROR, temp + ": cannot write: " + e.getMessage(),
                            temp.toString(), e);
                }
                versions.computeIfAbsent(entry.badge(), badge -> new TreeSet<>()).add(entry.version());
                manifestLines++;
            });
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, manifest + ": cannot write: " + e.getMessage(),
                    manifest.toString(), e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, manifest + ": cannot write: " + e.getMessage(),
                    manifest.toString(), e);
        }
        return manifestLines;
    }

    /** Writes {@code summary.json}: counts, timing and the criteria versions of the batch's credentials. */
    void writeSummary(Path summary, BatchResult result, Instant started, Instant finished) throws BadgeException {
        ObjectNode root = JsonCodec.mapper().createObjectNode();
        root.put("batch", result.batchId());
        root.put("input", result.input().getFileName().toString());
        ObjectNode counts = root.putObject("counts");
        counts.put("total", result.total()).put("issued", result.issued()).put("alreadyIssued", result.alreadyIssued())
                .put("rejected", result.rejected()).put("inManifest", manifestLines);
        ObjectNode timing = root.putObject("timing");
        timing.put("started", started.toString()).put("finished", finished.toString())
                .put("millis", result.elapsed().toMillis());
        ObjectNode criteria = root.putObject("criteriaVersions");
        versions.forEach((badge, used) -> {
            ArrayNode list = criteria.putArray(badge);
            used.forEach(list::add);
        });
        AtomicFiles.write(summary, (JsonCodec.writePretty(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
