package org.marsad.engine.coding;

import org.marsad.arabic.PhraseIndex;
import org.marsad.core.Token;
import org.marsad.engine.lexicon.Cues;
import org.marsad.engine.lexicon.Trigger;

/** Reads whether a trigger reports something that happened: not negated, not planned, not asked. */
public final class StatusReader {
    public record Reading(boolean negated, boolean future) {}

    /** How far before a trigger a negation or future marker still governs it, in tokens. */
    private static final int NEGATION_REACH = 3;
    private static final int FUTURE_REACH = 4;
    /** How far before "إلى" a verb of calling still governs the act after it, in words. */
    private static final int CALL_REACH = 5;

    private final Cues cues;

    public StatusReader(Cues cues) {
        this.cues = cues;
    }

    /** A line this short without a full stop is a subheading: it announces what follows. */
    private static final int SUBHEADING_WORDS = 4;

    /** Questions, subheadings and non-political domains (sport, markets ...) report no event. */
    public boolean skipSentence(SentenceView v) {
        String last = v.token(v.end() - 1).surface();
        if (last.contains("؟") || last.contains("?")) return true;
        if (v.end() - v.first() < SUBHEADING_WORDS && !last.equals(".") && !last.equals("!")) return true;
        return v.anyCue(v.first(), v.end(), Cues.NONEVENT);
    }

    public Reading read(SentenceView v, PhraseIndex.Match<Trigger> m) {
        int t = m.firstToken();
        boolean negated = false;
        for (int i = wordsBefore(v, t, NEGATION_REACH); i < t; i++) {
            Cues.Hit h = v.cue(i);
            if (h == null) continue;
            if (h.categories().contains("notnegation")) { i = h.end() - 1; continue; }
            if (h.categories().contains(Cues.NEGATION)) negated = true;
        }
        if (!negated && m.value().noun()) negated = negatedLightVerb(v, t) || failedAct(v, t, m.matchedStem());
        // "وتعرضت دورية للجيش لهجوم مسلح": after a verb of suffering, ل names the act suffered, not a purpose
        boolean purpose = !m.value().speech() && purposive(v.token(t), m.matchedStem()) && !sufferedByAParty(v, t);
        boolean future = hasFuturePrefix(v.token(t), m.matchedStem()) || purpose;
        for (int i = wordsBefore(v, t, FUTURE_REACH); i < t && !future; i++) {
            Cues.Hit h = v.cue(i);
            if (h != null && (h.categories().contains(Cues.FUTURE))) future = true;
            if (h != null && h.categories().contains(Cues.MODAL) && h.end() < v.end() && imperfect(v.token(h.end()).norm())) future = true;
        }
        // "هدد بقتل الرهائن"، "تلقيه تهديدات بالقتل": an act with ب right after a threat is not done
        if (!future && withBa(v.token(t).norm(), m.matchedStem())) {
            for (int i = wordsBefore(v, t, FUTURE_REACH); i < t && !future; i++) future = v.cueEnd(i, Cues.THREAT) > 0;
        }
        // "ودعت المعارضة إلى مقاطعة الانتخابات": the act after إلى is what a call asks for, and so is
        // one joined to it by و ("إلى تنفيذ إضراب واعتصام")
        if (!future) future = calledFor(v, t)
                || startsWithConjunction(v.token(t).norm()) && t - 1 > v.first() && !v.token(t - 1).isPunct() && calledFor(v, t - 1);
        if (!future && v.anyCue(v.first(), t, Cues.HYPOTHETICAL)) future = true;
        return new Reading(negated, future);
    }

    /**
     * The act at the token comes right after إلى that a verb of calling governs, with perhaps a noun of
     * carrying it out between ("ودعت النقابات إلى تنفيذ إضراب").
     */
    private static boolean calledFor(SentenceView v, int act) {
        int ila = act - 1;
        if (ila > v.first() && v.cueEnd(ila, Cues.CARRYING) == act) ila--;
        if (ila <= v.first() || !v.token(ila).norm().equals("الي")) return false;
        for (int i = wordsBefore(v, ila, CALL_REACH); i < ila; i++) if (v.cueEnd(i, Cues.CALL) > 0) return true;
        return false;
    }

    /** How far before an event noun the verb that carries it ("يشن هجمات") may stand, in words. */
    private static final int LIGHT_VERB_REACH = 4;

    /**
     * "لم يشن تنظيم داعش هجمات": a negation before the verb that carries an event noun (شن، نفذ،
     * ارتكب ...) negates the noun, however long the subject between them.
     */
    private static boolean negatedLightVerb(SentenceView v, int t) {
        for (int i = wordsBefore(v, t, LIGHT_VERB_REACH); i < t; i++) {
            if (v.cueEnd(i, Cues.LIGHT_VERB) < 0) continue;
            for (int j = wordsBefore(v, i, NEGATION_REACH); j < i; j++) {
                Cues.Hit h = v.cue(j);
                if (h != null && h.categories().contains(Cues.NEGATION) && !h.categories().contains("notnegation")) return true;
            }
        }
        return false;
    }

    /** How far before the act a verb of failing (فشل، أخفق) still governs it, in words. */
    private static final int FAILURE_REACH = 6;

    /**
     * "وفشلت الحكومة والحوثيون في التوصل إلى اتفاق"، "عجزت القوات عن اقتحام": the act that a verb of
     * failing governs through في، عن or ب did not happen.
     */
    private static boolean failedAct(SentenceView v, int t, String stem) {
        boolean governed = withBa(v.token(t).norm(), stem)
                || t - 1 >= v.first() && (v.token(t - 1).norm().equals("في") || v.token(t - 1).norm().equals("عن"));
        if (!governed) return false;
        for (int i = wordsBefore(v, t, FAILURE_REACH); i < t; i++) if (v.cueEnd(i, Cues.FAILURE) > 0) return true;
        return false;
    }

    /**
     * "اتهمت المنظمة قائد الجيش بشن هجوم": the act an accusation charges someone with is the
     * content of that statement, not an event the article reports as fact.
     */
    public boolean chargedAct(SentenceView v, PhraseIndex.Match<Trigger> m, boolean accusationBefore) {
        if (!accusationBefore || !m.value().noun()) return false;
        int k = m.firstToken() - 1;
        while (k > v.first() && v.token(k).isPunct()) k--;  // "بشن "هجوم ممنهج""
        return k >= v.first() && v.cueEnd(k, Cues.CHARGE) == k + 1;
    }

    /**
     * "بتهمة قتل"، "اتهامات بالقتل"، "المتهم باغتيال": the act right after a word of accusation or of
     * the accused is what is charged, not an event the article reports as fact.
     */
    public boolean accusedOf(SentenceView v, PhraseIndex.Match<Trigger> m) {
        int t = m.firstToken(), k = t - 1;
        // "حكمت على المتهمين بالسجن": a punishment after the accused is their sentence, not a charge
        if (k < v.first() || m.value().event().equals("SANCTION")) return false;
        if (v.cueEnd(k, Cues.CHARGE_NOUN) == t) return !startsWithConjunction(v.token(t).norm());
        return v.cueEnd(k, Cues.ACCUSED) == t && withBa(v.token(t).norm(), m.matchedStem());
    }

    private static boolean startsWithConjunction(String norm) {
        return !norm.equals(org.marsad.arabic.Clitics.withoutConjunction(norm));
    }

    /** The trigger word carries the preposition ب before the stem it was matched by. */
    private static boolean withBa(String norm, String stem) {
        String n = org.marsad.arabic.Clitics.withoutConjunction(norm);
        return stem != null && n.startsWith("ب") && n.length() > stem.length() && n.endsWith(stem);
    }

    /**
     * A verb of suffering stands shortly before the trigger and a party stands near it ("تعرض محتجين
     * لإطلاق النار"، "امرأة تعرضت للطعن"); "تسبب بتعرضها لإصابة" after a fall names nobody who suffers.
     */
    private static boolean sufferedByAParty(SentenceView v, int t) {
        for (int i = wordsBefore(v, t, FUTURE_REACH); i < t; i++) {
            int e = v.cueEnd(i, Cues.SUFFER);
            if (e < 0 || e > t) continue;
            for (org.marsad.core.Mention a : v.actors) {
                // the party right after the verb, or right before it
                if (a.firstToken() >= e && a.firstToken() <= e + 1 && a.endToken() <= t || a.endToken() == i) return true;
            }
        }
        return false;
    }

    /** The token index {@code words} words before t, not counting punctuation and quotes. */
    private static int wordsBefore(SentenceView v, int t, int words) {
        int i = t;
        int seen = 0;
        while (i > v.first() && seen < words) {
            i--;
            if (!v.token(i).isPunct()) seen++;
        }
        return i;
    }

    /**
     * "لترحيل"، "لشن"، "للمطالبة": a verbal noun with the preposition ل states a purpose, not
     * something that happened.
     */
    static boolean purposive(Token token, String matchedStem) {
        String norm = token.norm();
        if (matchedStem == null || !norm.endsWith(matchedStem) || norm.length() == matchedStem.length()) return false;
        String prefix = norm.substring(0, norm.length() - matchedStem.length());
        return prefix.equals("ل") || prefix.equals("لل") || prefix.equals("ول") || prefix.equals("ولل");
    }

    /**
     * "يؤدي"، "نعلن"، "تكون": an imperfect verb; "تعرضت"، "تم" with their perfect endings are not.
     * A word with the prefix ت is imperfect unless it ends as a perfect does.
     */
    static boolean imperfect(String norm) {
        if (norm.length() < 3) return false;
        char first = norm.charAt(0);
        if (first == 'ي' || first == 'ن') return true;
        return first == 'ت' && !norm.equals("تم") && !norm.endsWith("ت") && !norm.endsWith("وا");
    }

    /** "سيقتل", "وسيعقد": the future prefix س fused before an imperfect verb. */
    static boolean hasFuturePrefix(Token token, String matchedStem) {
        String norm = token.norm();
        if (matchedStem == null || norm.length() <= matchedStem.length()) return false;
        String prefix = norm.substring(0, norm.length() - matchedStem.length());
        if (!norm.endsWith(matchedStem)) return false;
        char first = matchedStem.charAt(0);
        boolean imperfect = first == 'ي' || first == 'ت' || first == 'ن';
        return imperfect && prefix.endsWith("س");
    }
}
