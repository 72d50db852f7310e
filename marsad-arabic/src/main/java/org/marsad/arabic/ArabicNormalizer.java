package org.marsad.arabic;

/**
 * The matching form of Arabic text. Used only for look-ups: output offsets always refer to
 * the text as read. Removes diacritics, Quranic marks, tatweel and bidi/zero-width marks;
 * folds hamza-carrying alefs to bare alef, alef maqsura to yaa, taa marbuta to haa,
 * Persian/Urdu letters to their Arabic forms, and Arabic-Indic digits to ASCII.
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {}

    public static String normalize(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = fold(c);
            if (m != 0) out.append(m);
        }
        return out.toString();
    }

    /** The folded character, or 0 when the character is dropped from the matching form. */
    public static char fold(char c) {
        if (c < 0x0600) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (isDiacritic(c) || c == '\u0640') return 0;
        switch (c) {
            case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
            case 'ى': case 'ی': case 'ې': return 'ي';
            case 'ة': case 'ۀ': case 'ە': return 'ه';
            case 'ؤ': return 'و';
            case 'ئ': return 'ي';
            case 'ک': return 'ك';
            case 'گ': return 'ك';
            case 'ھ': case 'ہ': return 'ه';
            case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F':
            case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E': case '\uFEFF':
            case '\u2066': case '\u2067': case '\u2068': case '\u2069':
                return 0;
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        return c;
    }

    /** Harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks. */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED')
                || (c >= '\u0610' && c <= '\u061A') || (c >= '\u08D3' && c <= '\u08FF');
    }

    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5'
                || (c >= '\u06FA' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08C9');
    }

    /** True for characters that belong inside an Arabic word (letters, diacritics, tatweel). */
    public static boolean isArabicWordChar(char c) {
        return isArabicLetter(c) || isDiacritic(c) || c == '\u0640';
    }

    public static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    /** Share of letters that are Arabic, over all letters; used to skip documents not mainly in Arabic. */
    public static double arabicShare(CharSequence s) {
        long arabic = 0, letters = 0;
        int n = Math.min(s.length(), 20000);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isArabicLetter(c)) { arabic++; letters++; }
            else if (Character.isLetter(c)) letters++;
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }
}
