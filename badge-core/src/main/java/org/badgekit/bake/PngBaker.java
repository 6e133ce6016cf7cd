package org.badgekit.bake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.badgekit.BadgeException;

/**
 * Bakes into and extracts from PNG, streaming chunk by chunk (DIGEST 6.1): the badge goes into one uncompressed
 * {@code iTXt} chunk right after {@code IHDR}; any badge chunk already there (either version) is dropped; every other chunk
 * is copied byte for byte.
 */
final class PngBaker {
    private final BakeLimits limits;

    PngBaker(BakeLimits limits) {
        this.limits = limits;
    }

    BakeResult bake(InputStream in, OutputStream out, BakedPayload payload, String source) throws BadgeException {
        byte[] badge = badgeChunk(payload);
        PngChunkReader reader = new PngChunkReader(in, source, limits);
        Copied copied = copy(reader, out, out, badge, source);
        return new BakeResult(ImageFormat.PNG, payload.kind(), copied.replaced(), copied.written());
    }

    /** The complete badge chunk for a payload, checked against the payload limit. */
    byte[] badgeChunk(BakedPayload payload) throws BadgeException {
        byte[] badge = PngText.itxtChunk(payload.kind().isOb3() ? PngText.OB3_KEYWORD : PngText.OB2_KEYWORD, payload.payload());
        if (badge.length - 12 > limits.maxPayloadBytes()) {
            throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, "payload of " + (badge.length - 12)
                    + " bytes exceeds the limit of " + limits.maxPayloadBytes() + " bytes");
        }
        return badge;
    }

    /**
     * Reads a whole PNG once, checking it as {@link #bake} does, and returns what comes before the badge chunk (signature and
     * {@code IHDR}) and what comes after it (every other chunk except old badge chunks): {@code head + chunk + tail} is then
     * exactly what {@link #bake} writes.
     */
    Split split(InputStream in, String source) throws BadgeException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        copy(new PngChunkReader(in, source, limits), head, tail, null, source);
        return new Split(head.toByteArray(), tail.toByteArray());
    }

    /** A PNG cut where the badge chunk goes. */
    record Split(byte[] head, byte[] tail) { }

    /**
     * Copies the signature and every chunk except badge chunks; {@code IHDR} goes to {@code first}, followed by {@code badge}
     * when given, and everything after it to {@code rest} ({@code first} and {@code rest} are different streams when
     * splitting, the same when baking).
     */
    private static Copied copy(PngChunkReader reader, OutputStream first, OutputStream rest, byte[] badge, String source)
            throws BadgeException {
        OutputStream out = first;
        boolean afterIhdr = false;
        long written = write(out, PngChunkReader.SIGNATURE, source);
        int replaced = 0;
        do {
            reader.next();
            byte[] prefix = new byte[0];
            if (PngText.isTextChunk(reader.type())) {
                prefix = reader.read(PngText.KEYWORD_PREFIX);
                if (PngText.isBadgeKeyword(PngText.keyword(prefix))) {
                    reader.transfer(null);
                    replaced++;
                    continue;
                }
            }
            written += write(out, reader.header(), source) + write(out, prefix, source);
            reader.transfer(out);
            written += reader.length() - prefix.length + 4L;
            if (!afterIhdr && PngChunkReader.IHDR.equals(reader.type())) {
                afterIhdr = true;
                // the reader makes IHDR the first chunk; the badge follows it once, even if a broken PNG repeats IHDR
                if (badge != null) {
                    written += write(out, badge, source);
                }
                out = rest;
            }
        } while (!PngChunkReader.IEND.equals(reader.type()));
        return new Copied(replaced, written);
    }

    private record Copied(int replaced, long written) { }

    BakedPayload extract(InputStream in, String source) throws BadgeException {
        PngChunkReader reader = new PngChunkReader(in, source, limits);
        Found ob3 = null;
        Found ob2 = null;
        do {
            reader.next();
            String keyword = null;
            byte[] prefix = new byte[0];
            if (PngText.isTextChunk(reader.type())) {
                prefix = reader.read(PngText.KEYWORD_PREFIX);
                keyword = PngText.keyword(prefix);
            }
            if (!PngText.isBadgeKeyword(keyword)) {
                reader.transfer(null);
                continue;
            }
            String where = source + ": PNG " + reader.type() + " chunk '" + keyword + "' at offset " + reader.chunkOffset();
            Found previous = PngText.OB3_KEYWORD.equals(keyword) ? ob3 : ob2;
            if (previous != null) {
                throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, where + " repeats the badge chunk at offset "
                        + previous.offset + "; a PNG carries at most one", source, null);
            }
            if (reader.length() > limits.maxPayloadBytes()) {
                throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, where + " has " + reader.length()
                        + " bytes, more than the payload limit of " + limits.maxPayloadBytes(), source, null);
            }
            byte[] rest = reader.readRest();
            byte[] data = new byte[prefix.length + rest.length];
            System.arraycopy(prefix, 0, data, 0, prefix.length);
            System.arraycopy(rest, 0, data, prefix.length, rest.length);
            Found found = new Found(where, reader.chunkOffset(), PngText.decode(reader.type(), data, where, limits.maxPayloadBytes()));
            if (PngText.OB3_KEYWORD.equals(keyword)) {
                ob3 = found;
            } else {
                ob2 = found;
            }
        } while (!PngChunkReader.IEND.equals(reader.type()));
        List<String> warnings = new ArrayList<>();
        if (reader.hasTrailingData()) {
            warnings.add(source + ": data after the IEND chunk was ignored");
        }
        if (ob3 == null && ob2 == null) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, source + ": PNG has no Open Badges chunk (iTXt '"
                    + PngText.OB3_KEYWORD + "' or '" + PngText.OB2_KEYWORD + "'); the image is not baked", source, null);
        }
        if (ob3 != null && ob2 != null) {
            warnings.add(ob2.where + " (OB 2.0) was ignored in favour of the OB 3.0 chunk at offset " + ob3.offset);
        }
        Found chosen = ob3 != null ? ob3 : ob2;
        warnings.addAll(chosen.text.warnings());
        String text = chosen.text.text().strip();
        return new BakedPayload(PayloadDetector.classify(ob3 != null, text, chosen.where), text, warnings);
    }

    private static long write(OutputStream out, byte[] bytes, String source) throws BadgeException {
        try {
            out.write(bytes);
            return bytes.length;
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, source + ": cannot write the baked image: " + e.getMessage(),
                    source, e);
        }
    }

    private record Found(String where, long offset, PngText.Text text) {}
}
