package org.badgekit.issue.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * Whether the files a ledger line lists are still whole. Batch files are renamed into place without an fsync (see
 * {@link IssuerRowIssuer}), so after a power cut a credential can be in the ledger while its file is missing, empty or cut at a
 * block boundary; a rerun re-issues such rows (same id). The check reads only the last bytes of each file: a credential
 * ({@code .json}) ends with <code>}</code> (and white space), a PNG with its {@code IEND} chunk, an SVG with {@code </svg>};
 * any other file (a {@code .jwt}) must not be empty.
 */
final class CompleteFiles {
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final int TAIL = 64;

    private CompleteFiles() {}

    /** True when every file (relative to {@code outputDir}) exists and ends as its kind must. */
    static boolean allComplete(Path outputDir, List<String> files) {
        for (String file : files) {
            if (!complete(outputDir.resolve(file))) {
                return false;
            }
        }
        return true;
    }

    static boolean complete(Path file) {
        byte[] tail;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int length = (int) Math.min(size, TAIL);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, size - length + buffer.position()) < 0) {
                    return false;
                }
            }
            tail = buffer.array();
        } catch (IOException e) {
            return false;
        }
        if (tail.length == 0) {
            return false;
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".png")) {
            return tail.length >= PNG_END.length
                    && Arrays.equals(tail, tail.length - PNG_END.length, tail.length, PNG_END, 0, PNG_END.length);
        }
        if (name.endsWith(".json")) {
            int last = tail.length - 1;
            while (last > 0 && (tail[last] == '\n' || tail[last] == '\r' || tail[last] == ' ' || tail[last] == '\t')) {
                last--;
            }
            return tail[last] == '}';
        }
        if (name.endsWith(".svg")) {
            return new String(tail, StandardCharsets.ISO_8859_1).contains("</svg>");
        }
        return true;
    }
}
