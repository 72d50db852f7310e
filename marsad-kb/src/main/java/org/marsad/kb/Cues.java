package org.marsad.kb;

import java.util.List;
import java.util.Set;
import org.marsad.arabic.Clitics;
import org.marsad.arabic.PhraseIndex;
import org.marsad.core.Token;

/** Words that, right before a name, show that it is a place or an organisation. */
final class Cues {
    /** Prepositions of place; also the one-letter clitics ب and ل. */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("في", "الي", "من", "ب", "عبر", "داخل", "نحو", "قرب", "حول");
    /** "السابق"، "الأسبق": after an office, the person no longer holds it (normalised forms). */
    static final Set<String> FORMER = Set.of("السابق", "السابقه", "الاسبق", "الاسبقه");

    static final Set<String> PLACE_WORDS = Set.of("مدينه", "بلده", "قريه", "محافظه", "ريف", "شمال", "جنوب", "شرق", "غرب",
            "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "منطقه", "ولايه", "عاصمه", "العاصمه", "بالقرب", "اقليم", "مخيم", "حي",
            "مديريه", "ضواحي", "مركز", "قضاء", "ناحيه", "شمالا", "جنوبا", "شرقا", "غربا", "شوارع", "احياء", "ساحات");
    /** Words right before a place where a body has its seat ("ومقره لندن"، "مقرها برلين"). */
    static final Set<String> SEAT_WORDS = Set.of("مقره", "مقرها", "مقرهم", "ومقره", "ومقرها", "ومقرهم");
    /** Verbs of "يتخذ من X مقرا": X is the seat of a body. */
    static final Set<String> SEAT_VERBS = Set.of("يتخذ", "تتخذ", "اتخذ", "اتخذت", "يتخذون");

    /**
     * The place at token i is where a body has its seat ("المرصد السوري لحقوق الإنسان ومقره بريطانيا"،
     * "التي تتخذ من الرياض مقرا لها"), not where anything happens.
     */
    static boolean seatOfABody(List<Token> tokens, int i, int sentenceStart) {
        if (i - 1 < sentenceStart) return false;
        if (SEAT_WORDS.contains(tokens.get(i - 1).norm())) return true;
        return i - 2 >= sentenceStart && tokens.get(i - 1).norm().equals("من")
                && SEAT_VERBS.contains(Clitics.withoutConjunction(tokens.get(i - 2).norm()));
    }

    static final Set<String> ORG_WORDS = Set.of("حركه", "تنظيم", "جماعه", "منظمه", "وكاله", "قناه", "صحيفه", "حزب",
            "عناصر", "مسلحو", "مسلحي", "مقاتلو", "مقاتلي", "مسلحين", "مقاتلين", "ميليشيا", "ميليشيات", "قوات", "زعيم", "قائد",
            "انصار", "اعضاء", "عضو", "الرئيس", "الملك", "الامير", "رئيس", "وزير", "السيد", "الشيخ", "الزعيم", "مراسل", "لوكاله",
            "بحسب", "حسب", "وفق", "وفقا", "افادت", "ذكرت", "قالت", "نقلت");

    private Cues() {}

    /** The word before token {@code i}, skipping nothing; null at the start. */
    static String previousWord(List<Token> tokens, int i, int sentenceStart) {
        return i - 1 >= sentenceStart && tokens.get(i - 1).isWord() ? tokens.get(i - 1).norm() : null;
    }

    /** True when the token carries a leading clitic preposition (بـ، لـ) before the matched stem. */
    static boolean hasPrepositionClitic(Token t, String matchedStem) {
        String n = t.norm();
        String stem = PhraseIndex.bare(matchedStem);
        int cut = n.indexOf(stem);
        if (cut <= 0) return false;
        String prefix = n.substring(0, cut);
        if (prefix.startsWith("و") || prefix.startsWith("ف")) prefix = prefix.substring(1);
        return prefix.startsWith("ب") || prefix.startsWith("ل");
    }

    /**
     * True when the name was found only by cutting a pronoun suffix off the word ("صوره" read as
     * صور + ه): a place name never carries a possessive, so such a word is an ordinary noun.
     * Leading clitics (و ف ب ل ك ال) are fine: the word then still ends with the matched stem.
     */
    static boolean foundBySuffixCut(Token t, String matchedStem) {
        if (matchedStem == null || !t.isWord()) return false;
        String n = t.norm();
        return !n.endsWith(matchedStem) && !n.endsWith(PhraseIndex.bare(matchedStem));
    }

    /**
     * A place read off a word by removing the future prefix س or the comparative ك ("سفينة" is
     * not س + فينه, "كبار" is not ك + بار): before a place name Arabic writes only و ف ب ل and
     * the article, so such a reading is an ordinary word.
     */
    static boolean foundByForeignProclitic(Token t, String matchedStem) {
        if (!t.isWord()) return false;
        String prefix = proclitic(t, matchedStem);
        return prefix != null && (prefix.indexOf('س') >= 0 || prefix.indexOf('ك') >= 0);
    }

    /** The clitics written before the matched stem ("لـ" in "لقوات"، "وب" in "وبالجيش"), without the article, or null. */
    static String proclitic(Token t, String stem) {
        if (stem == null) return null;
        String n = t.norm(), bare = PhraseIndex.bare(stem);
        int cut = n.lastIndexOf(bare);
        if (cut <= 0) return null;
        String p = n.substring(0, cut);
        // the article is part of the name, not a clitic ("الشرطة")
        if (p.endsWith("ال") && !p.endsWith("لال")) p = p.substring(0, p.length() - 2);
        return p.isEmpty() ? null : p;
    }

    /**
     * The matched word as written, article kept, other leading clitics removed: "والصور" is
     * "الصور", "للقريتين" is "القريتين", "بقريتين" is "قريتين".
     */
    static String formWithArticle(Token t, String matchedStem) {
        String n = t.norm();
        if (matchedStem == null) return n;
        String stem = PhraseIndex.bare(matchedStem);
        if (!n.endsWith(stem)) return n;
        String prefix = n.substring(0, n.length() - stem.length());
        return prefix.endsWith("ال") || prefix.endsWith("لل") ? "ال" + stem : stem;
    }

    /**
     * True when the one word read as a name is an ordinary word in the form it is written in: with
     * the article ("الصور" the pictures, not Tyre) or with a leading preposition or conjunction that
     * the name was read without ("بنوك" banks, not ب + نوك Nuuk; "وكيل" agent, not و + كيل Kiel).
     * A conjunction before such a word changes nothing ("وبنوك").
     */
    static boolean isWordForm(KnowledgeBase kb, Token t, String matchedStem) {
        if (kb.isWordForm(formWithArticle(t, matchedStem))) return true;
        if (matchedStem == null || !t.isWord() || proclitic(t, matchedStem) == null) return false;
        String n = t.norm();
        return kb.isWordForm(n) || kb.isWordForm(org.marsad.arabic.Clitics.withoutConjunction(n));
    }

    /** Preceded by في/إلى/من (or carries بـ/لـ): the name is more likely the place of an event. */
    static boolean afterPlacePreposition(List<Token> tokens, int i, int sentenceStart, String matchedStem) {
        String prev = previousWord(tokens, i, sentenceStart);
        if (prev != null && (PLACE_PREPOSITIONS.contains(prev) || prev.equals("وفي") || prev.equals("والي") || prev.equals("ومن"))) return true;
        return hasPrepositionClitic(tokens.get(i), matchedStem);
    }

    static boolean placeCue(List<Token> tokens, int i, int sentenceStart, String matchedStem) {
        if (afterPlacePreposition(tokens, i, sentenceStart, matchedStem)) return true;
        String prev = previousWord(tokens, i, sentenceStart);
        if (prev == null) return false;
        String bare = org.marsad.arabic.PhraseIndex.bare(org.marsad.arabic.Clitics.withoutConjunction(prev));
        return PLACE_WORDS.contains(prev) || PLACE_WORDS.contains(bare) || PLACE_WORDS.contains("ال" + bare);
    }

    static boolean orgCue(List<Token> tokens, int i, int sentenceStart) {
        String prev = previousWord(tokens, i, sentenceStart);
        if (prev == null) return false;
        String bare = org.marsad.arabic.Clitics.withoutConjunction(prev);
        return ORG_WORDS.contains(prev) || ORG_WORDS.contains(bare) || ORG_WORDS.contains(org.marsad.arabic.PhraseIndex.bare(bare));
    }
}
