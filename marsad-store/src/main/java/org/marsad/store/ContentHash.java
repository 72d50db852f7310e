package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.core.Document;

/** The identity of a stored article: SHA-256 of what the engine reads (id, title and text). */
public final class ContentHash {
    private ContentHash() {}

    public static String of(Document d) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            update(md, d.id());
            update(md, d.title());
            update(md, d.text());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest md, String s) {
        // Length-prefixed so that ("ab", "c") and ("a", "bc") differ.
        byte[] b = s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
        md.update(Integer.toString(s == null ? -1 : b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
    }
}
