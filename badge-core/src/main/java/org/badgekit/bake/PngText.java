package org.badgekit.bake;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.badgekit.BadgeException;

/** The PNG text chunks ({@code iTXt}, {@code tEXt}, {@code zTXt}) as badges use them (PNG spec 11.3.4, DIGEST 6.1). */
final class PngText {
    static final String OB3_KEYWORD = "openbadgecredential";
    static final String OB2_KEYWORD = "openbadges";
    static final String ITXT = "iTXt";
    /** A keyword is 1 to 79 Latin-1 bytes followed by a NUL. */
    static final int KEYWORD_PREFIX = 80;

    /** The decoded text of a badge chunk and what was unusual about it. */
    record Text(String text, List<String> warnings) {}

    private PngText() {}

    static boolean isTextChunk(String type) {
        return ITXT.equals(type) || "tEXt".equals(type) || "zTXt".equals(type);
    }

    /** The keyword at the start of a text chunk's data, or {@code null} when there is no NUL in the first 80 bytes. */
    static String keyword(byte[] prefix) {
        for (int i = 0; i < prefix.length && i < KEYWORD_PREFIX; i++) {
            if (prefix[i] == 0) {
                return new String(prefix, 0, i, StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    /** True for the OB 2.0 or OB 3.0 keyword. */
    static boolean isBadgeKeyword(String keyword) {
        return OB3_KEYWORD.equals(keyword) || OB2_KEYWORD.equals(keyword);
    }

    /** A complete uncompressed {@code iTXt} chunk (length, type, data, CRC) with empty language tag and translated keyword. */
    static byte[] itxtChunk(String keyword, String text) {
        byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        // keyword NUL, compression flag 0, method 0, language tag "" NUL, translated keyword "" NUL, text
        int length = key.length + 5 + body.length;
        ByteBuffer chunk = ByteBuffer.allocate(12 + length);
        chunk.putInt(length).put(ITXT.getBytes(StandardCharsets.ISO_8859_1)).put(key).put(new byte[5]).put(body);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    /** Decodes a badge chunk's data; {@code where} names the chunk in messages. */
    static Text decode(String type, byte[] data, String where, int maxBytes) throws BadgeException {
        List<String> warnings = new ArrayList<>();
        int keywordEnd = indexOfNul(data, 0);
        if (ITXT.equals(type)) {
            int flag = at(data, keywordEnd + 1, where);
            int method = at(data, keywordEnd + 2, where);
            int languageEnd = indexOfNul(data, keywordEnd + 3);
            int translatedEnd = indexOfNul(data, languageEnd + 1);
            if (languageEnd < 0 || translatedEnd < 0) {
                throw malformed(where + " lacks the NUL separators of an iTXt chunk", where);
            }
            byte[] text = Arrays.copyOfRange(data, translatedEnd + 1, data.length);
            if (flag == 1) {
                warnings.add(where + " is compressed; the Open Badges spec says compression MUST NOT be used");
                text = inflate(text, method, where, maxBytes);
            } else if (flag != 0) {
                throw malformed(where + " has compression flag " + flag + ", expected 0", where);
            }
            return new Text(utf8(text, where), warnings);
        }
        warnings.add(where + " is a legacy " + type + " chunk; Open Badges bakes into iTXt");
        byte[] text = Arrays.copyOfRange(data, keywordEnd + 1, data.length);
        if ("zTXt".equals(type)) {
            int method = at(data, keywordEnd + 1, where);
            text = inflate(Arrays.copyOfRange(data, keywordEnd + 2, data.length), method, where, maxBytes);
        }
        return new Text(new String(text, StandardCharsets.ISO_8859_1), warnings);
    }

    private static int at(byte[] data, int index, String where) throws BadgeException {
        if (index >= data.length) {
            throw malformed(where + " ends after " + data.length + " bytes, before its text", where);
        }
        return data[index] & 0xff;
    }

    private static int indexOfNul(byte[] data, int from) {
        for (int i = Math.max(from, 0); i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] inflate(byte[] compressed, int method, String where, int maxBytes) throws BadgeException {
        if (method != 0) {
            throw malformed(where + " has compression method " + method + ", expected 0 (zlib)", where);
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw malformed(where + " holds truncated zlib data", where);
                }
                if (out.size() + n > maxBytes) {
                    throw new BadgeException(BadgeException.Code.LIMIT_EXCEEDED,
                            where + " inflates to more than the limit of " + maxBytes + " bytes", where, null);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw malformed(where + " holds invalid zlib data: " + e.getMessage(), where);
        } finally {
            inflater.end();
        }
    }

    private static String utf8(byte[] text, String where) throws BadgeException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException e) {
            throw malformed(where + " text is not valid UTF-8", where);
        }
    }

    private static BadgeException malformed(String message, String where) {
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT, message, where, null);
    }
}
