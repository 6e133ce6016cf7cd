package org.badgekit.bake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Objects;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * Bakes Open Badges 2.0 and 3.0 payloads into PNG and SVG images and extracts them again. Built once, immutable and
 * thread-safe; the format is detected from the content (PNG signature, XML root {@code <svg>}), never from a file name.
 *
 * <pre>{@code
 * Baker baker = Baker.create();
 * byte[] baked = baker.bake(png, BakedPayload.detect(credentialJson));
 * BakedPayload back = baker.extract(baked);   // back.kind() == PayloadKind.OB3_JSON
 * }</pre>
 */
public final class Baker {
    private static final int SNIFF_BYTES = 64;

    private final BakeLimits limits;
    private final PngBaker png;
    private final SvgBaker svg;

    private final boolean readsJsonPayloads;

    private Baker(BakeLimits limits, boolean readsJsonPayloads) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.readsJsonPayloads = readsJsonPayloads;
        this.png = new PngBaker(limits);
        this.svg = new SvgBaker(limits);
    }

    /** A baker with {@link BakeLimits#defaults()}. */
    public static Baker create() {
        return new Baker(BakeLimits.defaults(), true);
    }

    /**
     * A baker with {@link BakeLimits#defaults()} for payloads that a JSON serializer has just written from a tree, such as
     * the credentials a batch issues: it checks a JSON payload's form (starts with <code>{</code>, no surrounding whitespace)
     * but does not read the whole text again to prove it is one JSON object, which {@link #create()} does for payloads of
     * unknown origin. Everything else, and the bytes it writes, are the same.
     */
    public static Baker forSerializedPayloads() {
        return new Baker(BakeLimits.defaults(), false);
    }

    /** A baker with other limits. */
    public static Baker withLimits(BakeLimits limits) {
        return new Baker(limits, true);
    }

    /** The limits this baker reads and writes images under. */
    public BakeLimits limits() {
        return limits;
    }

    /**
     * Bakes a payload into an image held in memory and returns the baked image. A badge already in the image (either
     * version) is replaced.
     *
     * @throws BadgeException {@code UNSUPPORTED} for other image formats or a bare URL payload; {@code MALFORMED_INPUT} and
     *     {@code LIMIT_EXCEEDED} for a broken or oversized image
     */
    public byte[] bake(byte[] image, BakedPayload payload) throws BadgeException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.length + payload.payload().length() + 256);
        bake(new ByteArrayInputStream(image), out, payload, "image");
        return out.toByteArray();
    }

    /**
     * Bakes while streaming from {@code image} to {@code out} (PNG chunk by chunk; SVG is read whole, within the limits). On
     * failure {@code out} may hold a partial image; the {@link Path} variant never leaves one behind.
     *
     * @param source names the image in error messages
     */
    public BakeResult bake(InputStream image, OutputStream out, BakedPayload payload, String source) throws BadgeException {
        checkBakeable(payload);
        BufferedInputStream in = buffered(image);
        return sniff(in, source) == ImageFormat.PNG ? png.bake(in, out, payload, source) : svg.bake(in, out, payload, source);
    }

    /**
     * Reads and checks an image once for baking many payloads into it, as a batch does with one picture per badge:
     * {@code prepare(image).bake(payload)} gives the same bytes as {@code bake(image, payload)}, but a PNG is parsed and its
     * CRCs checked only here, and each bake just joins the bytes around the new badge chunk.
     *
     * @throws BadgeException as {@link #bake(byte[], BakedPayload)} does for a broken, oversized or unsupported image
     */
    public PreparedImage prepare(byte[] image) throws BadgeException {
        Objects.requireNonNull(image, "image");
        BufferedInputStream in = buffered(new ByteArrayInputStream(image));
        if (sniff(in, "image") == ImageFormat.PNG) {
            PngBaker.Split split = png.split(in, "image");
            return new PreparedImage(this, ImageFormat.PNG, null, split.head(), split.tail());
        }
        return new PreparedImage(this, ImageFormat.SVG, image.clone(), null, null);
    }

    /** The badge chunk a PNG bake inserts, for {@link PreparedImage}; checks the payload as {@link #bake} does. */
    byte[] pngBadgeChunk(BakedPayload payload) throws BadgeException {
        checkBakeable(payload);
        return png.badgeChunk(payload);
    }

    private void checkBakeable(BakedPayload payload) throws BadgeException {
        Objects.requireNonNull(payload, "payload");
        if (payload.kind() == PayloadKind.OB2_URL) {
            throw new BadgeException(BadgeException.Code.UNSUPPORTED,
                    "payload is a bare URL (OB 1.0 style); bake the hosted assertion JSON or a signed JWS instead");
        }
        checkPayload(payload, readsJsonPayloads);
    }

    /**
     * Bakes {@code image} into a new file {@code out}, written to a temp file and moved into place.
     *
     * @param options {@link StandardCopyOption#REPLACE_EXISTING} to allow overwriting {@code out}; other options are ignored
     * @throws BadgeException {@code ALREADY_EXISTS} when {@code out} exists and replacing was not asked for
     */
    public BakeResult bake(Path image, Path out, BakedPayload payload, CopyOption... options) throws BadgeException {
        boolean replace = Arrays.asList(options).contains(StandardCopyOption.REPLACE_EXISTING);
        checkSize(image);
        return AtomicFile.write(out, replace, stream -> {
            try (InputStream in = Files.newInputStream(image)) {
                return bake(in, stream, payload, image.toString());
            } catch (IOException e) {
                throw readFailure(image, e);
            }
        });
    }

    /** Extracts the badge from an image held in memory; see {@link #extract(InputStream, String)}. */
    public BakedPayload extract(byte[] image) throws BadgeException {
        return extract(new ByteArrayInputStream(image), "image");
    }

    /**
     * Extracts the badge from an image, reading it as a stream to the end (so that a second badge chunk or element is
     * noticed) and checking every PNG CRC.
     *
     * @param source names the image in error messages and warnings
     * @throws BadgeException {@code NOT_FOUND} when the image carries no badge; {@code MALFORMED_INPUT} for a broken image or
     *     two badges of the same version; {@code UNSUPPORTED} when it is neither PNG nor SVG; {@code LIMIT_EXCEEDED}
     */
    public BakedPayload extract(InputStream image, String source) throws BadgeException {
        BufferedInputStream in = buffered(image);
        return sniff(in, source) == ImageFormat.PNG ? png.extract(in, source) : svg.extract(in, source);
    }

    /** Extracts the badge from a file; see {@link #extract(InputStream, String)}. */
    public BakedPayload extract(Path image) throws BadgeException {
        checkSize(image);
        try (InputStream in = Files.newInputStream(image)) {
            return extract(in, image.toString());
        } catch (IOException e) {
            throw readFailure(image, e);
        }
    }

    /** The format of an image, told by its first bytes. */
    public ImageFormat formatOf(byte[] image) throws BadgeException {
        return sniff(buffered(new ByteArrayInputStream(image)), "image");
    }

    private ImageFormat sniff(BufferedInputStream in, String source) throws BadgeException {
        byte[] head;
        try {
            in.mark(SNIFF_BYTES);
            head = in.readNBytes(SNIFF_BYTES);
            in.reset();
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.IO_ERROR, source + ": cannot read: " + e.getMessage(), source, e);
        }
        if (head.length >= PngChunkReader.SIGNATURE.length
                && Arrays.equals(head, 0, PngChunkReader.SIGNATURE.length, PngChunkReader.SIGNATURE, 0,
                        PngChunkReader.SIGNATURE.length)) {
            return ImageFormat.PNG;
        }
        int i = head.length >= 3 && head[0] == (byte) 0xef && head[1] == (byte) 0xbb && head[2] == (byte) 0xbf ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xfe && head[1] == (byte) 0xff)
                || (head[0] == (byte) 0xff && head[1] == (byte) 0xfe));
        if ((i < head.length && head[i] == '<') || utf16) {
            // XML: the SVG parser checks that the root element is <svg>
            return ImageFormat.SVG;
        }
        throw new BadgeException(BadgeException.Code.UNSUPPORTED, source + ": not a PNG or SVG image ("
                + PayloadDetector.previewBytes(head, Math.min(head.length, 8)) + ")", source, null);
    }

    /** A payload built with the record constructor has not been checked yet; a baked image must never carry garbage. */
    private static void checkPayload(BakedPayload payload, boolean readJson) throws BadgeException {
        String text = payload.payload();
        if (PayloadDetector.formOf(text) != payload.kind().form() || !text.equals(text.strip())) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "payload " + PayloadDetector.preview(text)
                    + " is not " + PayloadDetector.describe(payload.kind().form()) + " as its kind " + payload.kind() + " says");
        }
        // the streaming check is the fast path (no tree); anything it doubts gets the full parse and its exact error
        if (readJson && payload.kind().form() == PayloadKind.Form.JSON && !isOneJsonObject(text)
                && !JsonCodec.parse("payload", text).isObject()) {
            throw new BadgeException(BadgeException.Code.MALFORMED_INPUT, "payload is JSON but not an object");
        }
    }

    /** Whether the text is exactly one JSON object under {@link JsonCodec}'s limits and duplicate-key rule, read as tokens. */
    private static boolean isOneJsonObject(String text) {
        try (JsonParser parser = JsonCodec.mapper().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private void checkSize(Path image) throws BadgeException {
        try {
            long size = Files.size(image);
            if (size > limits.maxImageBytes()) {
                throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED, image + ": image of " + size
                        + " bytes exceeds the limit of " + limits.maxImageBytes() + " bytes", image.toString(), null);
            }
        } catch (IOException e) {
            throw readFailure(image, e);
        }
    }

    private static BadgeException readFailure(Path image, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new BadgeException(BadgeException.Code.NOT_FOUND, image + ": no such file", image.toString(), e);
        }
        return new BadgeException(BadgeException.Code.IO_ERROR, image + ": cannot read: " + e, image.toString(), e);
    }

    private static BufferedInputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream buffered ? buffered : new BufferedInputStream(in, 64 * 1024);
    }
}
