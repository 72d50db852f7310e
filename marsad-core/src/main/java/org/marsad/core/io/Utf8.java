package org.marsad.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of text files: bad bytes are an error to report (with the line they are on),
 * never silently replaced. UTF-8 is the norm; UTF-16, which some Windows tools still write, is
 * recognised by its byte-order mark or, without one, by NUL bytes that fall (nearly) all on one
 * parity (the high byte of every Latin letter, digit and space), and decoded rather than called
 * binary; binary data that passes for UTF-16 is caught by its control characters.
 */
public final class Utf8 {
    private Utf8() {}

    /** How many leading bytes the binary and UTF-16 tests look at. */
    private static final int HEAD = 8192;

    /** Decodes UTF-8 (an optional BOM dropped) or UTF-16 (see the class comment). */
    public static String decodeStrict(byte[] bytes) throws CharacterCodingException {
        Charset utf16 = utf16Of(bytes);
        if (utf16 != null) return decodeUtf16(bytes, utf16);
        if (looksBinary(bytes)) throw new MalformedTextException("binary file, not text");
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        return decode(bytes, offset, StandardCharsets.UTF_8, "UTF-8");
    }

    /** True when the bytes look like a binary file rather than text: NUL bytes in the head, and not UTF-16. */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, HEAD);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) return utf16Of(bytes) == null;
        }
        return false;
    }

    /** UTF-16LE or UTF-16BE when the bytes carry its BOM or its NUL pattern; otherwise null. */
    static Charset utf16Of(byte[] bytes) {
        if (bytes.length >= 2) {
            int b0 = bytes[0] & 0xff, b1 = bytes[1] & 0xff;
            if (b0 == 0xFF && b1 == 0xFE) return StandardCharsets.UTF_16LE;
            if (b0 == 0xFE && b1 == 0xFF) return StandardCharsets.UTF_16BE;
        }
        if (bytes.length % 2 != 0) return null;
        int n = Math.min(bytes.length, HEAD);
        int evenNuls = 0, oddNuls = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) evenNuls++; else oddNuls++;
            }
        }
        // Nearly all on one side: a few on the other come from characters such as U+DE00 or U+0100.
        if (oddNuls > 0 && evenNuls <= oddNuls / 8) return StandardCharsets.UTF_16LE;
        if (evenNuls > 0 && oddNuls <= evenNuls / 8) return StandardCharsets.UTF_16BE;
        return null;
    }

    private static String decodeUtf16(byte[] bytes, Charset charset) throws CharacterCodingException {
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF);
        String name = charset == StandardCharsets.UTF_16LE ? "UTF-16LE" : "UTF-16BE";
        String text = decode(bytes, bom ? 2 : 0, charset, name);
        // Binary data often decodes as UTF-16 too; real text has next to no control characters.
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
        }
        if (controls > text.length() / 100) throw new MalformedTextException("binary file, not text");
        return text;
    }

    private static String decode(byte[] bytes, int offset, Charset charset, String name) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length - offset) * (long) Math.ceil(decoder.maxCharsPerByte())));
        CoderResult r = decoder.decode(in, out, true);
        if (r.isUnderflow()) r = decoder.flush(out);
        if (r.isError()) {
            int at = in.position();
            throw new MalformedTextException("not valid " + name + " text: bad bytes at line " + lineOf(bytes, offset, at, charset)
                    + " (byte " + at + ")");
        }
        out.flip();
        return out.toString();
    }

    /** The 1-based line of byte {@code at}: one more than the newlines before it. */
    private static int lineOf(byte[] bytes, int from, int at, Charset charset) {
        int line = 1;
        if (charset == StandardCharsets.UTF_8) {
            for (int i = from; i < at; i++) if (bytes[i] == '\n') line++;
        } else {
            boolean le = charset == StandardCharsets.UTF_16LE;
            for (int i = from; i + 1 < at; i += 2) {
                int unit = le ? (bytes[i] & 0xff) | (bytes[i + 1] & 0xff) << 8 : (bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff);
                if (unit == '\n') line++;
            }
        }
        return line;
    }

    /** Decodes one line of JSON Lines strictly as UTF-8; the first line may start with a BOM. */
    static String decodeLine(byte[] line, boolean first) throws CharacterCodingException {
        int offset = first && hasUtf8Bom(line) ? 3 : 0;
        return decode(line, offset, StandardCharsets.UTF_8, "UTF-8");
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }
}
