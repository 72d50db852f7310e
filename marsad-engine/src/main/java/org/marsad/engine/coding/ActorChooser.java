package org.marsad.engine.coding;

import java.util.Set;
import org.marsad.arabic.PhraseIndex;
import org.marsad.core.Mention;
import org.marsad.core.record.ActorRef;
import org.marsad.engine.lexicon.Cues;
import org.marsad.engine.lexicon.NeverDoers;
import org.marsad.engine.lexicon.Trigger;

/**
 * Chooses the actor and the recipient of a trigger among the sentence's actor mentions,
 * following Arabic word order: the subject usually follows the verb (VSO) and may precede
 * it (SVO); a passive act names its victims after the trigger and its perpetrator after an
 * agent phrase (برصاص، على يد، بنيران).
 */
public final class ActorChooser {
    public record Roles(ActorRef actor, ActorRef recipient) {}

    /** Sectors that carry out violence or arrests; a victim is rarely one of them. */
    private static final Set<String> PERPETRATORS = Set.of("MIL", "COP", "REB", "GOV");
    /** How far after the trigger the subject may stand, in tokens. */
    private static final int SUBJECT_REACH = 4;

    private final Cues cues;

    public ActorChooser(Cues cues) {
        this.cues = cues;
    }

    public Roles choose(SentenceView v, PhraseIndex.Match<Trigger> m, Trigger t) {
        Roles roles = withoutImpossibleDoer(chooseAmong(v, m, t), t);
        if (roles.actor() != null || v.nameActors().isEmpty()) return roles;
        // nobody the knowledge base knows: a name found by the recogniser may still be the doer
        Roles withNames = withoutImpossibleDoer(chooseAmong(v.withNameActors(), m, t), t);
        return withNames.actor() == null ? roles : new Roles(withNames.actor(), roles.recipient() != null ? roles.recipient() : withNames.recipient());
    }

    /** "حسبما أفاد مصور فرانس برس": a party whose sector never does the act is a source, not its doer. */
    private static Roles withoutImpossibleDoer(Roles roles, Trigger t) {
        ActorRef a = roles.actor();
        return a != null && NeverDoers.shipped().never(a.sector(), t.event()) ? new Roles(null, roles.recipient()) : roles;
    }

    private Roles chooseAmong(SentenceView v, PhraseIndex.Match<Trigger> m, Trigger t) {
        int t0 = m.firstToken(), t1 = m.endToken();
        int clauseStart = clauseStart(v, t0);
        Mention after = subjectAfter(v, t1);
        // "تظاهر أكثر من 1500 من الأطباء": the crowd counted after a protest verb is who protests
        if (after == null && t.event().equals("PROTEST")) after = countedCrowd(v, t1);
        // "بعد معارك عنيفة مع ميليشيات الحوثي": the side named after مع is fought, not fighting
        if (after != null && t.noun() && t.event().equals("ASSAULT") && afterWith(v, t1, after)) after = null;
        Mention before = null, objectBefore = null;
        for (Mention a : v.actors) {
            // "قال المدعي العام لوكالة فرانس برس": the agency was told; the prosecutor speaks
            if (a.firstToken() >= clauseStart && a.endToken() <= t0 && usable(a) && !toldTo(v, a)) {
                // "قد حكمت على نواز شريف بالسجن": before an event noun, the object after على leaves the subject in place
                if (t.noun() && before != null && canBeSubject(v, before) && afterObjectPreposition(v, a)) { objectBefore = a; continue; }
                before = a;
            }
        }
        if (before != null && !canBeSubject(v, before)) before = null;
        if (after != null && cited(v, after)) after = null;
        if (before != null && cited(v, before)) before = null;
        if (t.is("passive") && after == null && before != null && !isPerpetrator(before)) {
            // "عشرات الأشخاص بينهم أطفال أصيبوا بحالات اختناق": who stands before a passive verb suffers it
            Mention agent = agentAfter(v, t1);
            return new Roles(ref(agent), ref(before));
        }
        Mention sufferer = suffererBefore(v, t0, clauseStart);
        if (sufferer != null) {
            // "وتعرضت دورية للجيش لهجوم مسلح": the party that suffers is the recipient; the doer follows, if named
            Mention agent = agentAfter(v, t1);
            Mention doer = agent != null ? agent : after != null && after != sufferer ? after : null;
            return new Roles(ref(doer), ref(sufferer));
        }
        if (t.is("circumstantial")) {
            // "تطالب المعارضة ... استقالة الرئيس وزوجته، متهمة الرئيس بالفساد": the main clause's
            // subject, the sentence's first actor, accuses the noun after
            Mention doer = null;
            for (Mention a : v.actors) {
                if (a.endToken() > t0) break;
                if (usable(a) && !cited(v, a) && canBeSubject(v, a)) { doer = a; break; }
            }
            Mention target = actorIn(v, t1, Math.min(v.end(), t1 + SUBJECT_REACH));
            return new Roles(ref(doer), ref(target));
        }
        if (t.is("victim")) {
            Mention agent = agentAfter(v, t1);
            // "وأعلن وزير الداخلية مقتل 3 إرهابيين": who announces the deaths did not cause them
            // ("وذكرت الشرطة أنها اعتقلت": a pronoun after أن takes the speaker back as the doer)
            if (before != null && afterReportVerb(v, before) && !resumedByPronoun(v, before.endToken(), t0)) before = null;
            // "مقتل 3 إرهابيين، واعتقال عدد من الأشخاص": a counted party is the object of an earlier act
            if (before != null && counted(v, before)) before = null;
            // "مقتل 3 إرهابيين": a counted party after the act is its victims, whatever their sector
            if (after != null && isPerpetrator(after) && agent == null && !counted(v, after)) {
                Mention second = nextActor(v, after);
                if (second != null && !isPerpetrator(second)) return new Roles(ref(after), ref(second));
                // "اعتقلت قوات الأمن ناشطا"، "اعتقلت السلطات رئيس الوزراء السابق": forces right after an
                // arrest verb make the arrest, whoever they arrest
                if (before == null && after.firstToken() == t1 && t.event().equals("COERCE")) return new Roles(ref(after), ref(second));
            }
            Mention actor = agent != null ? agent : before;
            Mention recipient = after != null && after != agent ? after : null;
            return new Roles(ref(actor), ref(recipient));
        }
        // "غارات تركية" after an event noun; "استهدفت غارات تركية ..."، "قصفت طائرات إسرائيلية": a weapon
        // or force of a nation as a verb's subject
        int nationality = t.noun() ? t1
                : t1 + 1 < v.end() && actorIn(v, t1, t1 + 1) == null && indefinite(v, t1) && indefinite(v, t1 + 1) ? t1 + 1 : -1;
        ActorRef national = nationality < 0 ? null : nationalityAfter(v, nationality, t.event());
        if (national != null) {
            Mention next = actorIn(v, nationality + 1, v.end());
            ActorRef recipient = next == null || cited(v, next) ? null : ref(next);
            // after an event noun, the same nation is the attacker's own side, not its target
            boolean own = t.noun() && recipient != null && national.key().equals(recipient.key());
            return new Roles(national, own ? null : recipient);
        }
        if (afterRelativePronoun(v, t0)) {
            // "الهجومين اللذين استهدفا مقر الجيش": the antecedent is the subject; what follows is the target
            Mention recipient = actorIn(v, t1, Math.min(v.end(), t1 + SUBJECT_REACH));
            return new Roles(null, ref(recipient));
        }
        if (t.noun() && after != null && !t.is("intransitive") && complementOfVerb(v, t0, clauseStart)) {
            // "أوصت الشرطة الإسرائيلية الثلاثاء باتهام نتانياهو"، "أكدت بريطانيا تمسكها باتهام روسيا": the
            // verb's subject does the act the noun with ب names, and the name after the noun is its object
            return new Roles(ref(before), ref(after));
        }
        // "إصابة 15 فلسطينيا، من بينهم مصابون بالرصاص الحي": a party counted by a number before an event
        // noun is the toll of the act, not its doer
        if (t.noun() && before != null && numbered(v, before)) before = null;
        // a subject that opens the clause right before its verb ("الجيش قصف ...") is the doer (SVO)
        boolean svo = before != null && before.firstToken() == clauseStart && onlyNameOrQuotes(v, before.endToken(), t0);
        Mention actor = after != null && !svo ? after : before;
        // "وقامت شرطة مكافحة الشغب بإطلاق الغاز ... لتفريق المتظاهرين": the subject of a light verb does the act
        Mention lightSubject = lightVerbSubject(v, t0, clauseStart);
        if (lightSubject != null) actor = lightSubject;
        Mention next = actor != null && actor == after ? nextActor(v, actor) : actorIn(v, t1, v.end());
        if (next != null && cited(v, next)) next = null;
        Mention recipient = next != null && (actor == null || !sameParty(next, actor)) ? next : null;
        // "حكمت على نواز شريف بالسجن": the party after على is whom the act is done to
        if (recipient == null && objectBefore != null && actor == before) recipient = objectBefore;
        return new Roles(ref(actor), ref(recipient));
    }

    /**
     * "إن الكاردينال برينيس "يطالب ...": between a subject and its verb stand only quotation marks
     * and the name the recogniser finds after a title.
     */
    private static boolean onlyNameOrQuotes(SentenceView v, int from, int to) {
        int i = from;
        while (i < to) {
            if (QUOTES.contains(v.token(i).surface())) { i++; continue; }
            Mention name = null;
            for (Mention n : v.nameActors()) if (n.firstToken() == i && n.endToken() <= to) name = n;
            if (name == null) return false;
            i = name.endToken();
        }
        return true;
    }

    private static final Set<String> QUOTES = Set.of("\"", "«", "»", "“", "”", "'");

    /** How far before its act a light verb ("قام"، "شن"، "نفذ") may stand, in tokens. */
    private static final int LIGHT_VERB_REACH = 5;

    /** The actor between a light verb and the act it carries ("قامت الشرطة بإطلاق"), or null. */
    private static Mention lightVerbSubject(SentenceView v, int t0, int clauseStart) {
        for (int i = Math.max(clauseStart, t0 - LIGHT_VERB_REACH); i < t0; i++) {
            int e = v.cueEnd(i, Cues.LIGHT_VERB);
            if (e < 0 || e >= t0) continue;
            for (Mention a : v.actors) {
                if (a.firstToken() == e && a.endToken() <= t0 && usable(a) && canBeSubject(v, a)) return a;
            }
        }
        return null;
    }

    /** The party right after a verb of suffering that stands before the trigger ("تعرضت دورية للجيش لهجوم"), or null. */
    private static Mention suffererBefore(SentenceView v, int t0, int clauseStart) {
        for (int i = Math.max(clauseStart, t0 - LIGHT_VERB_REACH); i < t0; i++) {
            int e = v.cueEnd(i, Cues.SUFFER);
            if (e < 0 || e >= t0) continue;
            // the party may own the noun after the verb ("دورية للجيش")
            for (Mention a : v.actors) if (a.firstToken() >= e && a.firstToken() <= e + 1 && a.endToken() <= t0 && usable(a)) return a;
            for (Mention a : v.nameActors()) if (a.firstToken() == e && a.endToken() <= t0) return a;
            // "امرأة تعرضت للطعن": or the subject before the verb
            Mention subject = lastActor(v, clauseStart, i);
            if (subject != null && !cited(v, subject)) return subject;
        }
        return null;
    }

    /** The event noun carries ب and completes a verb right before it ("أوصت الشرطة ... باتهام"، "قضت المحكمة بسجن"). */
    private static boolean complementOfVerb(SentenceView v, int t0, int clauseStart) {
        if (!withPrepositionBa(v.token(t0).norm())) return false;
        for (int i = Math.max(clauseStart, t0 - LIGHT_VERB_REACH); i < t0; i++) {
            int e = v.cueEnd(i, Cues.COMPLEMENT);
            if (e < 0 || e > t0) continue;
            // only the verb's own subject and words of time may stand between it and the noun
            // ("يقضي عقوبة بالسجن": serving a sentence is no act of the subject's)
            int k = e;
            while (k < t0) {
                Mention subject = null;
                for (Mention a : v.actors) if (a.firstToken() == k && a.endToken() <= t0) subject = a;
                if (subject != null) k = subject.endToken();
                else if (v.inDate(k)) k++;
                else break;
            }
            if (k == t0) return true;
        }
        return false;
    }

    /** "غارات تركية" names a doer; "حظر الاستيراد الروسي" (definite) is an object and its owner. */
    private static boolean indefinite(SentenceView v, int i) {
        String n = org.marsad.arabic.Clitics.withoutConjunction(v.token(i).norm());
        return v.token(i).isWord() && !n.startsWith("ال") && !n.startsWith("لل");
    }

    /** A verb right after a relative pronoun has the noun before the pronoun as its subject. */
    private static boolean afterRelativePronoun(SentenceView v, int t0) {
        return t0 > v.first() && v.cueEnd(t0 - 1, Cues.RELATIVE) == t0;
    }

    /**
     * "غارات تركية"، "قصف روسي"، "عقوبات أمريكية": a nationality adjective right after an event
     * noun names the state that acts, through its armed forces for an attack.
     */
    private static ActorRef nationalityAfter(SentenceView v, int t1, String event) {
        for (Mention a : v.adjectives) {
            if (a.firstToken() != t1) continue;
            ActorRef r = a.value(ActorRef.class);
            if (r == null || r.country() == null) return null;
            String sector = event.equals("ASSAULT") ? "MIL" : "GOV";
            return new ActorRef(r.text(), r.name(), r.country(), null, sector, r.country() + "/" + sector, r.start(), r.end());
        }
        return null;
    }

    /**
     * The subject after a verb stands right after it: not behind a preposition ("على"، "ضد")
     * and not itself marked by one ("للقوات"، "بالجيش").
     */
    private Mention subjectAfter(SentenceView v, int t1) {
        Mention a = actorIn(v, t1, Math.min(v.end(), t1 + SUBJECT_REACH));
        if (a == null || !canBeSubject(v, a)) return null;
        // "أشاد بجهود رجال القوات المسلحة"، "تطالب باستقالة الحكومة": a name after a noun with ب is that noun's
        for (int i = t1; i < a.firstToken(); i++) if (withPrepositionBa(v.token(i).norm())) return null;
        // "مواقع لقوات النظام": a name with ل after another noun is that noun's owner, not the subject
        // ("اتهم تقرير لمنظمة": a report's author speaks through it)
        if (a.firstToken() > t1 && a.attrs().get("proclitic") instanceof String p && p.endsWith("ل")
                && v.cueEnd(a.firstToken() - 1, Cues.AUTHORED) != a.firstToken()) return null;
        return a;
    }

    /** "مع" stands between the end of the trigger and the party. */
    private static boolean afterWith(SentenceView v, int t1, Mention a) {
        for (int i = t1; i < a.firstToken(); i++) if (v.token(i).norm().equals("مع")) return true;
        return false;
    }

    /** The party right after a count that opens at the token ("أكثر من 1500 من الأطباء"), or null. */
    private Mention countedCrowd(SentenceView v, int from) {
        int k = from;
        boolean counted = false;
        while (k < v.end()) {
            int e = v.cueEnd(k, Cues.COUNT);
            if (v.token(k).kind() == org.marsad.core.Token.Kind.NUMBER) { counted = true; k++; }
            else if (e > k) { counted = true; k = e; }
            else if (v.cueEnd(k, Cues.APPROXIMATE) > k) k = v.cueEnd(k, Cues.APPROXIMATE);
            else break;
        }
        if (!counted) return null;
        Mention a = actorIn(v, k, Math.min(v.end(), k + 1));
        return a != null && canBeSubject(v, a) ? a : null;
    }

    private static boolean withPrepositionBa(String norm) {
        String n = org.marsad.arabic.Clitics.withoutConjunction(norm);
        return n.length() >= 4 && n.charAt(0) == 'ب' && !NOT_BA_PREPOSITION.contains(n);
    }

    /** Words that start with the letter ب of their own. */
    private static final Set<String> NOT_BA_PREPOSITION = Set.of("بعد", "بين", "بينما", "بدوره", "بدورها", "بيان", "بدء");

    /** "للقوة"، "بالجيش": a definite noun with a fused preposition is never the subject. */
    static boolean canBeSubject(SentenceView v, Mention a) {
        String n = v.token(a.firstToken()).norm();
        if (n.startsWith("لل") || n.startsWith("بال") || n.startsWith("وبال") || n.startsWith("ولل") || n.startsWith("كال")) return false;
        // "بقوات"، "كقوة": a preposition fused to the name ("تقرير لمنظمة" keeps its ل: the report's author)
        if (a.attrs().get("proclitic") instanceof String p && (p.endsWith("ب") || p.endsWith("ك"))) return false;
        return !afterObjectPreposition(v, a);
    }

    /**
     * The name stands right after "على"، "ضد" ... ("ضد سبعة مسؤولين"، "على أحد الأشخاص"، "على "تويتر"": a
     * count or a quotation mark may come between).
     */
    private static boolean afterObjectPreposition(SentenceView v, Mention a) {
        int k = a.firstToken() - 1;
        while (k > v.first() && (v.token(k).kind() == org.marsad.core.Token.Kind.NUMBER || v.cueEnd(k, Cues.COUNT) > 0
                || QUOTES.contains(v.token(k).surface()))) k--;
        return k >= v.first() && k < a.firstToken() && OBJECT_PREPOSITIONS.contains(v.token(k).norm());
    }

    /** Prepositions whose noun is the target of the act, never its doer. */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("علي", "ضد", "بحق", "تجاه", "نحو");

    /**
     * "إن/أن" alone open a clause of its own; with a pronoun ("إنه"، "أنها") they refer back to the
     * subject before them, which stays the doer.
     */
    private static final Set<String> COMPLEMENTISERS = Set.of("ان", "بان", "وان", "لان");

    /**
     * "قال المدعي العام لوكالة فرانس برس إنه ..."، "صرح لقناة": a name with ل before the verb is
     * whom something was said to, not who acts.
     */
    private static boolean toldTo(SentenceView v, Mention a) {
        if (!(a.attrs().get("proclitic") instanceof String p && p.endsWith("ل") && !p.endsWith("لل"))) return false;
        // "جهاز أمني تابع لقوات سوريا الديمقراطية": the body a unit belongs to acts through it
        return a.firstToken() == v.first() || v.cueEnd(a.firstToken() - 1, Cues.AFFILIATION) != a.firstToken();
    }


    /** The clause a trigger belongs to starts after the last "إن/أن" or reporting verb before it. */
    private int clauseStart(SentenceView v, int t0) {
        int start = v.first();
        for (int i = v.first(); i < t0; i++) {
            String n = v.token(i).norm();
            if (COMPLEMENTISERS.contains(n)) start = i + 1;
        }
        return start;
    }

    /** The subject of a reporting verb ("أعلن"، "قال") stands right after it. */
    private static boolean afterReportVerb(SentenceView v, Mention a) {
        for (int i = Math.max(v.first(), a.firstToken() - 2); i < a.firstToken(); i++) {
            if (v.cueEnd(i, Cues.REPORT) == a.firstToken()) return true;
        }
        return false;
    }

    /** "أنها"، "إنه"، "بأنهم": a complementiser with a pronoun that refers back to the subject before it. */
    private static final java.util.regex.Pattern RESUMPTIVE = java.util.regex.Pattern.compile("[بول]?ان(ه|ها|هم|هن|هما)");

    private static boolean resumedByPronoun(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) if (RESUMPTIVE.matcher(v.token(i).norm()).matches()) return true;
        return false;
    }

    /** "3 إرهابيين"، "عدد من الأشخاص": a number or a word of count right before the name. */
    private static boolean counted(SentenceView v, Mention a) {
        int k = a.firstToken() - 1;
        return numbered(v, a) || k >= v.first() && v.cueEnd(k, Cues.COUNT) == a.firstToken();
    }

    /** A number right before the name ("15 فلسطينيا"). */
    private static boolean numbered(SentenceView v, Mention a) {
        int k = a.firstToken() - 1;
        return k >= v.first() && v.token(k).kind() == org.marsad.core.Token.Kind.NUMBER;
    }

    private Mention agentAfter(SentenceView v, int from) {
        for (int i = from; i < v.end() && i < from + 8; i++) {
            int e = v.cueEnd(i, Cues.AGENT);
            if (e > 0) {
                Mention a = actorIn(v, e, Math.min(v.end(), e + 2));
                if (a == null) a = actorIn(v, i, Math.min(v.end(), e + 1));
                if (a != null) return a;
            }
        }
        return null;
    }

    private static Mention actorIn(SentenceView v, int from, int to) {
        for (Mention a : v.actors) {
            if (a.firstToken() >= from && a.firstToken() < to && usable(a)) return a;
        }
        return null;
    }

    private static Mention lastActor(SentenceView v, int from, int to) {
        Mention found = null;
        for (Mention a : v.actors) if (a.firstToken() >= from && a.endToken() <= to && usable(a)) found = a;
        return found;
    }

    private static Mention nextActor(SentenceView v, Mention after) {
        Mention last = after;
        for (Mention a : v.actors) {
            if (after != null && a.firstToken() < after.endToken()) continue;
            // "الولايات المتحدة وبريطانيا وفرنسا"، "الأمم المتحدة (يونيسيف)": one side, listed or restated
            if (last != null && joined(v, last, a)) { last = a; continue; }
            if (usable(a) && !cited(v, a)) return a;
        }
        return null;
    }

    /**
     * True when {@code b} follows {@code a} as part of the same side: right after it with the
     * conjunction و fused to it ("وبريطانيا"), or after a comma, brackets or a separate و.
     */
    static boolean joined(SentenceView v, Mention a, Mention b) {
        int gap = b.firstToken() - a.endToken();
        if (gap < 0 || gap > 2) return false;
        for (int i = a.endToken(); i < b.firstToken(); i++) {
            String s = v.token(i).surface();
            if (!(s.equals("،") || s.equals(",") || s.equals("(") || s.equals(")") || v.token(i).norm().equals("و"))) return false;
        }
        return gap > 0 || (b.attrs().get("proclitic") instanceof String p && p.startsWith("و"));
    }

    /**
     * "بحسب المرصد"، "وفق ما أفاد المرصد": the source a sentence cites reports the event; it
     * neither does nor suffers it.
     */
    static boolean cited(SentenceView v, Mention a) {
        for (int i = Math.max(v.first(), a.firstToken() - 4); i < a.firstToken(); i++) {
            int e = v.cueEnd(i, Cues.ACCORDING);
            if (e < 0 || e > a.firstToken()) continue;
            int k = e;
            while (k < a.firstToken() && (v.token(k).norm().equals("ما") || v.cueEnd(k, Cues.REPORT) > 0)) k++;
            if (k == a.firstToken()) return true;
        }
        return false;
    }

    /** A capital after "في" is where something happened, not who did it. */
    private static boolean usable(Mention a) {
        return !Boolean.TRUE.equals(a.attrs().get("after_place_preposition"));
    }

    private static boolean isPerpetrator(Mention a) {
        ActorRef r = a.value(ActorRef.class);
        return r != null && r.sector() != null && PERPETRATORS.contains(r.sector());
    }

    private static boolean sameParty(Mention a, Mention b) {
        ActorRef x = a.value(ActorRef.class), y = b.value(ActorRef.class);
        if (x == null || y == null) return false;
        return x.key() != null && x.key().equals(y.key()) && java.util.Objects.equals(x.sector(), y.sector());
    }

    private static ActorRef ref(Mention m) {
        return m == null ? null : m.value(ActorRef.class);
    }

    /** A bare role noun ("الشرطة") belongs to the country where the event happens. */
    public static ActorRef fillCountry(ActorRef a, String country) {
        if (a == null || country == null) return a;
        if (a.country() == null && a.org() == null && a.sector() != null) return a.withCountry(country);
        // a person found only by the name recogniser is taken to belong to the country of the event
        if (a.country() == null && a.org() == null && a.kbId() == null && a.text() != null) return a.withCountry(country);
        return a;
    }
}
