package org.marsad.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.PhraseIndex;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.Sentence;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.Attribution;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.core.record.Size;
import org.marsad.core.record.Status;
import org.marsad.core.record.TextSpan;
import org.marsad.engine.coding.ActorChooser;
import org.marsad.engine.coding.Attributor;
import org.marsad.engine.coding.ContextActors;
import org.marsad.engine.coding.EventDating;
import org.marsad.engine.coding.EventSizing;
import org.marsad.engine.coding.LeadPlaces;
import org.marsad.engine.coding.PlaceChooser;
import org.marsad.engine.coding.SentenceMerger;
import org.marsad.engine.coding.RepeatMerger;
import org.marsad.engine.coding.SentenceView;
import org.marsad.engine.coding.StatusReader;
import org.marsad.engine.coding.NamedTitles;
import org.marsad.engine.coding.TitledNames;
import org.marsad.engine.coding.UnidentifiedParties;
import org.marsad.engine.lexicon.Cues;
import org.marsad.engine.lexicon.PloverTypes;
import org.marsad.engine.lexicon.UnnamedDoers;
import org.marsad.engine.lexicon.Trigger;
import org.marsad.engine.lexicon.TriggerLexicon;

/**
 * Turns an annotated document into event records: finds triggers sentence by sentence, reads
 * the status of each (negated, future, hypothetical), chooses its actor, recipient and place
 * among the sentence's mentions, dates it, sizes it, attributes it, and merges repeated
 * mentions of one event into one record.
 */
public class EventCoder {
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG");

    private final org.marsad.engine.lexicon.Calibration calibration = new org.marsad.engine.lexicon.Calibration();
    private final org.marsad.engine.lexicon.Contexts contexts = new org.marsad.engine.lexicon.Contexts();
    private final TriggerLexicon triggers;
    private final Cues cues;
    private final PloverTypes types;
    private final EventDating dating;
    private final EventSizing sizing;
    private final StatusReader status;
    private final ActorChooser actors;
    private final PlaceChooser places;
    private final Attributor attributor;

    public EventCoder() {
        this(EventDating.REFERENCE, EventSizing.NONE);
    }

    private final java.util.function.BiFunction<Document, Sentence, List<Mention>> names;

    public EventCoder(EventDating dating, EventSizing sizing) {
        this(dating, sizing, null);
    }

    /** {@code names} finds names in a sentence on demand (the recogniser), or null for none. */
    public EventCoder(EventDating dating, EventSizing sizing, java.util.function.BiFunction<Document, Sentence, List<Mention>> names) {
        this.names = names;
        this.triggers = new TriggerLexicon();
        this.cues = new Cues();
        this.types = new PloverTypes();
        this.dating = dating;
        this.sizing = sizing;
        this.status = new StatusReader(cues);
        this.actors = new ActorChooser(cues);
        this.places = new PlaceChooser();
        this.attributor = new Attributor(cues);
    }

    /** Where coding decisions are explained (the {@code explain} command), or null. */
    private volatile java.util.function.Consumer<String> trace;

    public void setTrace(java.util.function.Consumer<String> trace) { this.trace = trace; }

    private void trace(String what, PhraseIndex.Match<Trigger> m, Document doc) {
        java.util.function.Consumer<String> t = trace;
        if (t == null) return;
        int s = doc.tokens().get(m.firstToken()).start(), e = doc.tokens().get(m.endToken() - 1).end();
        t.accept(String.format("trigger %s %s [%s]: %s", m.value().event(), m.value().mode() == null ? "" : m.value().mode(), doc.slice(s, e), what));
    }

    public List<EventRecord> code(Document doc, String engineVersion) {
        return code(doc, engineVersion, List.of());
    }

    /** {@code titlePlaces}: the places named in the title, which weigh in choosing the article's main place. */
    public List<EventRecord> code(Document doc, String engineVersion, List<Mention> titlePlaces) {
        List<Mention> mentions = new ArrayList<>(doc.mentions());
        mentions.sort(Comparator.comparingInt(Mention::firstToken).thenComparingInt(m -> -m.endToken()));
        PlaceChooser.DocumentPlaces docPlaces = places.documentPlaces(doc, mentions, titlePlaces);
        List<EventRecord> out = new ArrayList<>();
        Attributor.Claim previousClaim = null;
        Map<String, ActorRef> shortNames = SentenceView.shortNames(doc, mentions);
        Map<ActorRef, Integer> citations = new java.util.LinkedHashMap<>();
        Set<String> typesSoFar = new HashSet<>();
        Set<String> circumstances = new HashSet<>();
        Set<String> continuations = new HashSet<>();
        // each sentence is given to the recogniser at most once: the views and the title names share its names
        Map<Sentence, List<Mention>> recognised = new java.util.HashMap<>();
        java.util.function.BiFunction<Document, Sentence, List<Mention>> namesOnce =
                (d, s) -> recognised.computeIfAbsent(s, x -> names.apply(d, x));
        for (Sentence s : doc.sentences()) {
            doc.checkTime();
            int sentenceStart = out.size();
            Set<String> continued = new HashSet<>();
            SentenceView view = new SentenceView(doc, s, mentions, cues);
            view.setShortNames(shortNames);
            view.setLazyNames(namesOnce);
            Attributor.SentenceClaims claims = attributor.read(view, previousClaim);
            previousClaim = claims.lastClaim();
            if (status.skipSentence(view)) {
                if (trace != null) trace.accept("sentence skipped (question or non-political domain): " + doc.slice(s.start(), s.end()));
                continue;
            }
            List<PhraseIndex.Match<Trigger>> found = triggers.index().scan(doc.tokens(), s.firstToken(), s.endToken());
            for (PhraseIndex.Match<Trigger> m : found) {
                Trigger t = m.value();
                if (t.event().equals(Trigger.NONE) || claims.isReportVerb(m.firstToken()) || hiddenByStopPhrase(found, m)) {
                    trace("stop phrase or reporting verb", m, doc);
                    continue;
                }
                String word = org.marsad.arabic.Clitics.withoutConjunction(view.token(m.firstToken()).norm());
                if (triggers.verbWithoutItsAl(m, word) || triggers.verbWithPrepositionBa(m, word)) { trace("the letters of a verb, not the verb", m, doc); continue; }
                if (insidePlaceName(view, m) || beforePlaceName(view, m, t)) { trace("part of a place name", m, doc); continue; }
                if (withArticle(view, m, t, word)) { trace("another word with the article", m, doc); continue; }
                if (DISASTER_TYPES.contains(t.event()) && view.anyCue(view.first(), view.end(), Cues.DISASTER)) { trace("deaths or warnings in an accident or disaster", m, doc); continue; }
                if (commentary(view, m, t)) { trace("a verb of commenting", m, doc); continue; }
                if (insideActorName(view, m)) { trace("part of an actor's name", m, doc); continue; }
                StatusReader.Reading st = status.read(view, m);
                if (st.negated() || st.future()) { trace(st.negated() ? "negated" : "future, planned or purposive", m, doc); continue; }
                if (status.chargedAct(view, m, accusedSoFar(out, sentenceStart)) || status.accusedOf(view, m)) { trace("the act an accusation charges", m, doc); continue; }
                ActorChooser.Roles roles = actors.choose(view, m, t);
                if (t.speech()) roles = speakerOf(roles, claims, m.firstToken());
                if (t.weak() && roles.actor() == null) { trace("weak trigger without an actor", m, doc); continue; }
                if (verbalAttack(view, m, t, roles)) {
                    // "شن وزير الخارجية السابق هجوما على رئيسة وزراء بلاده": an attack of words
                    trace("an attack between politicians: criticism", m, doc);
                    t = new Trigger("ACCUSE", "disapprove", "111", java.util.Set.of("speech"), t.line(), t.noun());
                    roles = speakerOf(roles, claims, m.firstToken());
                }
                if (isAnaphoric(doc, m) && typesSoFar.contains(t.event())) {
                    trace("refers back to an event already coded", m, doc);
                    // "وقتل ثلاثة ضباط في الاشتباكات"، "الهجوم تسبب في مقتل 10": this sentence tells more of that event
                    if (startsCue(view, m.firstToken() - 1, Cues.CIRCUMSTANCE) || startsCue(view, m.endToken(), Cues.CAUSATIVE)) {
                        continued.add(t.event());
                    }
                    continue;
                }
                typesSoFar.add(t.event());
                trace("coded", m, doc);
                EventRecord record = build(doc, view, m, t, roles, claims, docPlaces, engineVersion);
                out.add(record);
                // "قتلوا ثلاثة جنود في هجوم": an event noun after في/خلال/جراء is the act just reported
                if (t.noun() && m.firstToken() > s.firstToken() && startsCue(view, m.firstToken() - 1, Cues.CIRCUMSTANCE)) {
                    circumstances.add(record.id());
                }
            }
            attributeToStatement(out.subList(sentenceStart, out.size()));
            demandsOfProtests(out.subList(sentenceStart, out.size()));
            List<EventRecord> folded = SentenceMerger.merge(new ArrayList<>(out.subList(sentenceStart, out.size())), types::isStatement,
                    r -> circumstances.contains(r.id()));
            out.subList(sentenceStart, out.size()).clear();
            for (EventRecord r : folded) if (continued.contains(r.event())) continuations.add(r.id());
            out.addAll(folded);
            for (Attributor.Claim c : claims.all()) {
                if (c.claimant() != null && c.claimant().key() != null) citations.merge(c.claimant(), 1, Integer::sum);
            }
        }
        ContextActors.fill(doc, out);
        attributeToMainSource(out, citations);
        linkDenials(out);
        LeadPlaces.fill(doc, out);
        RepeatMerger.foldContinuations(out, r -> continuations.contains(r.id()));
        List<EventRecord> merged = RepeatMerger.merge(out, types::isStatement, org.marsad.arabic.ArabicNormalizer::normalize);
        TitledNames.fill(doc, merged);
        NamedTitles.fill(doc, merged, namesOnce);
        UnidentifiedParties.fill(merged, types::isStatement);
        return merged;
    }

    /** Types an accident, natural disaster or weather in the sentence rules out: its deaths, its warnings. */
    private static final java.util.Set<String> DISASTER_TYPES = java.util.Set.of("ASSAULT", "THREATEN");

    /** Sectors that attack with words: officials, legislators, parties and the opposition. */
    private static final java.util.Set<String> POLITICIANS = java.util.Set.of("GOV", "LEG", "PTY", "OPP");
    /** Sectors that such an attack is aimed at. */
    private static final java.util.Set<String> POLITICAL_TARGETS = java.util.Set.of("GOV", "LEG", "PTY", "OPP", "JUD", "MED", "IGO");

    /**
     * An attack with no weapon of its own ("هجوما"), by a named politician on another political party, or a
     * verb flagged verbal ("هاجم") done by a politician: words, not violence. A whole state as doer is left
     * an attack: it may well have fired.
     */
    private static boolean verbalAttack(SentenceView v, PhraseIndex.Match<Trigger> m, Trigger t, ActorChooser.Roles roles) {
        ActorRef a = roles.actor(), r = roles.recipient();
        // "هاجم الرئيس الإيراني حسن روحاني نظيره الأمريكي": the verb, by a politician
        if (t.is("verbal") && !t.noun()) {
            return a != null && a.text() != null && a.sector() != null && POLITICIANS.contains(a.sector()) && !wholeState(a);
        }
        if (!t.event().equals("ASSAULT") || t.mode() != null || !t.weak() || !t.noun()) return false;
        if (a == null || r == null || a.text() == null || r.text() == null) return false;
        // "هجوما على رئيسة وزراء بلاده": the target right after على ("هجوم دوما" is a place's attack)
        int on = m.endToken();
        if (on + 1 >= v.end() || !v.token(on).norm().equals("علي") || v.token(on + 1).start() != r.start()) return false;
        if (wholeState(a) || wholeState(r)) return false;
        return a.sector() != null && POLITICIANS.contains(a.sector()) && r.sector() != null && POLITICAL_TARGETS.contains(r.sector());
    }

    /** The country itself, its capital or its authorities ("روسيا"، "موسكو"، "السلطات الروسية"). */
    private static boolean wholeState(ActorRef a) {
        return a.kbId() != null && a.country() != null && (a.kbId().equals(a.country()) || a.kbId().equals(a.country() + "/GOV"));
    }

    private EventRecord build(Document doc, SentenceView view, PhraseIndex.Match<Trigger> m, Trigger t, ActorChooser.Roles roles,
                              Attributor.SentenceClaims claims, PlaceChooser.DocumentPlaces docPlaces, String engineVersion) {
        Sentence s = view.sentence;
        int trigStart = doc.tokens().get(m.firstToken()).start();
        int trigEnd = doc.tokens().get(m.endToken() - 1).end();
        EventRecord.Builder b = EventRecord.builder();
        b.docId = doc.id();
        b.source = doc.source();
        b.url = doc.url();
        b.published = doc.referenceDate() == null ? null : doc.referenceDate().toString();
        b.event = t.event();
        b.mode = t.mode();
        PloverTypes.Type type = types.get(t.event());
        b.cameo = t.cameo() != null ? t.cameo() : type.cameo();
        b.quad = type.quad();
        b.trigger = new TextSpan(trigStart, trigEnd, doc.slice(trigStart, trigEnd));
        b.context = contexts.in(doc.tokens(), s.firstToken(), s.endToken());
        b.evidence = new TextSpan(s.start(), s.end(), doc.slice(s.start(), s.end()));

        PlaceChooser.Choice place = places.choose(view, m.firstToken(), docPlaces, parties(roles), homeCountry(roles.actor()));
        b.location = place == null ? null : place.primary();
        b.locations = place == null || place.all().size() < 2 ? null : place.all();
        String eventCountry = b.location != null && b.location.country() != null ? b.location.country() : docPlaces.mainCountry();
        b.actor = ActorChooser.fillCountry(specified(view, roles.actor(), t), eventCountry);
        b.recipient = ActorChooser.fillCountry(roles.recipient(), eventCountry);
        if (t.event().equals("PROTEST") && b.actor != null && b.actor.sector() != null && STATE_SECTORS.contains(b.actor.sector())) {
            // the state is whom people protest against, not who protests
            if (b.recipient == null) b.recipient = b.actor;
            b.actor = null;
        }
        if (t.event().equals("PROTEST")) {
            // protesters are the doers and the government the addressee, unless the text says otherwise
            if (b.actor == null && eventCountry != null) b.actor = new ActorRef(null, "protesters", eventCountry, null, "PRO", eventCountry + "/PRO", null, null);
            // "تظاهر آلاف الإسرائيليين": people of a nation who protest are protesters
            if (b.actor != null && b.actor.sector() == null && b.actor.org() == null) b.actor = b.actor.withSector("PRO");
            if (b.recipient == null && eventCountry != null) b.recipient = new ActorRef(null, "government", eventCountry, null, "GOV", eventCountry + "/GOV", null, null);
        }
        b.actor = peopleOf(b.actor);

        EventDating.Dated dated = dating.date(doc, s.index(), m.firstToken());
        boolean historical = false;
        if (dated != null) {
            b.date = dated.value().iso();
            b.datePrecision = dated.value().precision();
            b.dateSource = dated.source();
            b.dateText = dated.text();
            historical = dated.historical();
        }
        Size size = sizing.size(doc, s, m.firstToken());
        b.size = size == null ? Size.EMPTY : size;

        // a statement is claimed by its speaker
        ActorRef claimant = t.speech() ? b.actor : claims.claimantFor(m.firstToken());
        if (claimant != null) claimant = ActorChooser.fillCountry(claimant, eventCountry);
        b.attribution = new Attribution(claimant, claims.relayedFor(m.firstToken()), claims.hedged(), claims.verified());
        b.status = new Status(false, false, historical);
        b.confidence = confidence(t, b);
        b.engine = engineVersion;
        if (t.is("denial")) b.denies = DENIAL_PENDING;
        b.id = stableId(doc.id(), t.event(), trigStart, trigEnd);
        return b.build();
    }

    /** "آلاف الإسرائيليين"، "فلسطينيون": people named by their nationality alone are civilians. */
    private static ActorRef peopleOf(ActorRef a) {
        if (a == null || a.sector() != null || a.org() != null || a.country() == null || a.text() == null) return a;
        String n = org.marsad.arabic.ArabicNormalizer.normalize(a.text());
        return n.endsWith("ين") || n.endsWith("ون") ? a.withSector("CVL") : a;
    }

    private static boolean accusedSoFar(List<EventRecord> out, int sentenceStart) {
        for (int i = sentenceStart; i < out.size(); i++) if (out.get(i).event().equals("ACCUSE")) return true;
        return false;
    }

    /** True when a cue of this category starts at token i (whatever longer cue starts there too). */
    private static boolean startsCue(SentenceView view, int i, String category) {
        Cues.Hit h = view.cue(i);
        return h != null && h.categories().contains(category);
    }

    /** The text spans of the event's actor and recipient: a country that acts is not where the act happens. */
    private static List<int[]> parties(ActorChooser.Roles roles) {
        List<int[]> out = new ArrayList<>();
        for (ActorRef a : new ActorRef[] {roles.actor(), roles.recipient()}) {
            if (a != null && a.start() != null && a.end() != null) out.add(new int[] {a.start(), a.end()});
        }
        return out;
    }

    /** Sectors a generic authority may turn out to be by what it does. */
    private static final Set<String> STATE_ARMS = Set.of("COP", "MIL", "JUD");

    /**
     * "أوقفت السلطات الروسية 5 أشخاص": the state named as a whole acts through the arm its act
     * implies (an arrest: the police; a sentence: the courts), as for an unnamed doer.
     */
    private static ActorRef specified(SentenceView view, ActorRef actor, Trigger t) {
        if (actor == null || actor.start() == null || !"GOV".equals(actor.sector())) return actor;
        for (int i = view.first(); i < view.end(); i++) {
            if (view.token(i).start() != actor.start()) continue;
            if (view.cueEnd(i, Cues.AUTHORITY) < 0) return actor;
            String implied = UnnamedDoers.shipped().sector(t.event(), t.mode());
            return implied != null && STATE_ARMS.contains(implied) ? actor.withSector(implied) : actor;
        }
        return actor;
    }

    /** Sectors that act only in their own country: courts, police, parliaments. */
    private static final Set<String> HOME_SECTORS = Set.of("JUD", "COP", "LEG");

    private static String homeCountry(ActorRef actor) {
        return actor != null && actor.country() != null && actor.sector() != null && HOME_SECTORS.contains(actor.sector()) ? actor.country() : null;
    }

    /** "تدمر" (Palmyra) reads like "ت+دمر": a word the gazetteer knows as a place is no trigger. */
    private static boolean insidePlaceName(SentenceView view, PhraseIndex.Match<Trigger> m) {
        for (Mention p : view.places) {
            PlaceRef ref = p.value(PlaceRef.class);
            if (ref != null && ref.name() != null && p.firstToken() <= m.firstToken() && m.endToken() <= p.endToken()) return true;
        }
        return false;
    }

    /**
     * "الطالب" (the student), "الصادر" (issued): with the article, or counted by a number ("700 طالب"),
     * the verb's letters are another word (flag noarticle).
     */
    private static boolean withArticle(SentenceView view, PhraseIndex.Match<Trigger> m, Trigger t, String word) {
        if (!t.is("noarticle") || m.matchedStem() == null) return false;
        // "أكثر من 700 طالب": a counted noun, not the verb
        int before = m.firstToken() - 1;
        if (before >= view.first() && view.token(before).kind() == org.marsad.core.Token.Kind.NUMBER) return true;
        int at = word.indexOf(PhraseIndex.bare(m.matchedStem())); // the stem matched may keep the article
        return at > 0 && (word.startsWith("ال") || word.startsWith("لل") || word.startsWith("بال") || word.startsWith("كال"));
    }

    /** How many words after a verb that also means commenting a word of commenting may stand ("وعلق روحاني، الذي ... على"). */
    private static final int COMMENT_REACH = 6;

    /** "وعلق خالد آل سعود على دعوات"، "علق قائلا": the verb comments (flag comment), it suspends nothing. */
    private static boolean commentary(SentenceView view, PhraseIndex.Match<Trigger> m, Trigger t) {
        if (!t.is("comment")) return false;
        for (int i = m.endToken(), words = 0; i < view.end() && words <= COMMENT_REACH; i++) {
            if (view.cueEnd(i, Cues.COMMENTING) > 0) return true;
            if (!view.token(i).isPunct()) words++;
        }
        return false;
    }

    /** A stop phrase of the same words ("توقف" stopped, not the imperfect of أوقف) hides the trigger. */
    private static boolean hiddenByStopPhrase(List<PhraseIndex.Match<Trigger>> found, PhraseIndex.Match<Trigger> m) {
        for (PhraseIndex.Match<Trigger> o : found) {
            if (o.value().event().equals(Trigger.NONE) && o.firstToken() == m.firstToken() && o.endToken() == m.endToken()) return true;
        }
        return false;
    }

    /** "بمقاطعة جيلين"، "في مقاطعة هينان": a noun that also names a province, before a place name. */
    private static boolean beforePlaceName(SentenceView view, PhraseIndex.Match<Trigger> m, Trigger t) {
        if (!t.is("placenoun") || m.endToken() >= view.end()) return false;
        int next = m.endToken();
        // "بمقاطعة (هسكه مينه)": the name may stand in brackets or quotes
        while (next + 1 < view.end() && isOpening(view.token(next).surface())) next++;
        // "مقاطعة قطر"، "ومقاطعة روسيا": a country boycotted
        for (Mention a : view.actors) if (a.firstToken() == next) return false;
        for (Mention p : view.places) {
            PlaceRef ref = p.value(PlaceRef.class);
            if (p.firstToken() == next && ref != null && !"country".equals(ref.precision())) return true;
        }
        // "مقاطعة هينان الصينية": a bare name and the adjective of its country
        String word = view.token(next).norm();
        if (view.token(next).isWord() && !word.startsWith("ال")) {
            if (next > m.endToken()) return true; // a bare name set in brackets or quotes after the noun
            for (Mention a : view.adjectives) if (a.firstToken() == next + 1) return true;
        }
        for (Mention n : view.recognisedNames()) if (n.firstToken() == next && "LOC".equals(n.value())) return true;
        return false;
    }

    /** An opening bracket or quotation mark. */
    private static boolean isOpening(String s) {
        return s.equals("(") || s.equals("«") || s.equals("\"") || s.equals("“");
    }

    /**
     * "شرطة مكافحة الشغب" names the riot police, not a riot: a trigger inside a longer actor phrase
     * is none. A party placed in the act ("أنصار الحكومة في مسيرة") is not one phrase.
     */
    private static boolean insideActorName(SentenceView view, PhraseIndex.Match<Trigger> m) {
        for (Mention a : view.actors) {
            boolean contains = a.firstToken() <= m.firstToken() && m.endToken() <= a.endToken();
            if (contains && a.endToken() - a.firstToken() > m.endToken() - m.firstToken()
                    && !hasPreposition(view, a.firstToken(), m.firstToken())) return true;
        }
        return false;
    }

    private static boolean hasPreposition(SentenceView view, int from, int to) {
        for (int i = from; i < to; i++) if (PHRASE_PREPOSITIONS.contains(view.token(i).norm())) return true;
        return false;
    }

    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("في", "من", "علي", "الي");

    /**
     * A statement inside reported speech ("قال X إن ... ندين") is X's statement; a statement
     * with no subject of its own in a sentence that continues a speaker's words is that speaker's.
     */
    private static ActorChooser.Roles speakerOf(ActorChooser.Roles roles, Attributor.SentenceClaims claims, int trigger) {
        ActorRef reporter = claims.claimantFor(trigger);
        if (reporter == null) return roles;
        if (roles.actor() == null || claims.insideReportedSpeech(trigger)) {
            ActorRef recipient = roles.recipient() != null && reporter.equals(roles.recipient()) ? null : roles.recipient();
            if (recipient == null && roles.actor() != null && !roles.actor().equals(reporter)) recipient = roles.actor();
            return new ActorChooser.Roles(reporter, recipient);
        }
        return roles;
    }

    /**
     * An act reported inside a statement ("الأمم المتحدة تدين غارة أسفرت عن مقتل ...") is claimed
     * by the statement's speaker when the article cites nobody else for it.
     */
    private void attributeToStatement(List<EventRecord> sentenceRecords) {
        ActorRef speaker = null, stated = null;
        for (int i = 0; i < sentenceRecords.size(); i++) {
            EventRecord r = sentenceRecords.get(i);
            if (types.isStatement(r.event())) {
                if (r.actor() != null) stated = r.actor();
                if (r.actor() != null && r.actor().key() != null) speaker = r.actor();
                continue;
            }
            if (stated == null) continue;
            EventRecord.Builder b = r.toBuilder();
            // "أدانت الوزارة الهجوم": whoever condemns an attack did not carry it out
            if (stated.equals(r.actor())) b.actor = null;
            if (speaker != null && r.attribution().claimant() == null) {
                b.attribution = new Attribution(speaker, r.attribution().relayedBy(), r.attribution().hedged(), r.attribution().verified());
            }
            sentenceRecords.set(i, b.build());
        }
    }

    /**
     * "تظاهر آلاف ... للمطالبة باستقالة رئيس الوزراء": the demand a protest is held for is made by
     * the protesters, and addressed to whom they protest against.
     */
    private static void demandsOfProtests(List<EventRecord> sentenceRecords) {
        EventRecord protest = null;
        for (int i = 0; i < sentenceRecords.size(); i++) {
            EventRecord r = sentenceRecords.get(i);
            if (r.event().equals("PROTEST") && r.actor() != null) { protest = r; continue; }
            if (protest == null || !r.event().equals("REQUEST") || !purposeNoun(r.trigger().text())) continue;
            EventRecord.Builder b = r.toBuilder();
            ActorRef named = r.actor();
            b.actor = protest.actor();
            // the protesters themselves, named before the demand, are not whom they address
            boolean protesters = named != null && named.start() != null && named.start().equals(protest.actor().start());
            if (b.recipient == null || (named != null && !protesters && !named.equals(protest.actor()))) {
                b.recipient = named != null && !protesters ? named : protest.recipient();
            }
            b.attribution = new Attribution(b.actor, r.attribution().relayedBy(), r.attribution().hedged(), r.attribution().verified());
            sentenceRecords.set(i, b.build());
        }
    }

    /** "للمطالبة"، "مطالبين": a demand stated as the purpose or manner of another act. */
    private static boolean purposeNoun(String trigger) {
        String n = org.marsad.arabic.ArabicNormalizer.normalize(trigger);
        return n.startsWith("لل") || n.startsWith("ل") || n.startsWith("مطالب") || n.startsWith("داعي");
    }

    /**
     * An article that cites one source again and again ("بحسب المرصد" ...) reports its other
     * acts on that source's word too: acts with no claimant of their own take the source cited
     * most often, when it was cited at least twice and no other source as often.
     */
    private void attributeToMainSource(List<EventRecord> records, Map<ActorRef, Integer> citations) {
        boolean tie = false;
        Map<String, Integer> byKey = new java.util.HashMap<>();
        Map<String, ActorRef> refByKey = new java.util.HashMap<>();
        for (var e : citations.entrySet()) {
            String k = e.getKey().key() + "/" + e.getKey().sector();
            byKey.merge(k, e.getValue(), Integer::sum);
            refByKey.putIfAbsent(k, e.getKey());
        }
        String top = null;
        for (var e : byKey.entrySet()) {
            if (top == null || e.getValue() > byKey.get(top)) { top = e.getKey(); tie = false; }
            else if (e.getValue().equals(byKey.get(top))) tie = true;
        }
        if (top == null || tie || byKey.get(top) < 2) return;
        ActorRef source = refByKey.get(top);
        for (int i = 0; i < records.size(); i++) {
            EventRecord r = records.get(i);
            if (types.isStatement(r.event()) || r.attribution().claimant() != null) continue;
            EventRecord.Builder b = r.toBuilder();
            b.attribution = new Attribution(source, r.attribution().relayedBy(), r.attribution().hedged(), r.attribution().verified());
            records.set(i, b.build());
        }
    }

    /**
     * "الغارة"، "الهجوم": a definite event noun after an event of its type was reported names that
     * same event again; it is a further mention, not a new event.
     */
    private static boolean isAnaphoric(Document doc, PhraseIndex.Match<Trigger> m) {
        if (!m.value().noun() || m.endToken() - m.firstToken() > 1) return false;
        String norm = doc.tokens().get(m.firstToken()).norm();
        String stem = m.matchedStem();
        if (stem == null || !norm.endsWith(stem)) return false;
        String prefix = norm.substring(0, norm.length() - stem.length());
        return prefix.endsWith("ال") || prefix.endsWith("لل") || stem.startsWith("ال");
    }

    /** Marks a denial whose denied record is looked for once the whole article is coded. */
    private static final String DENIAL_PENDING = "\u0000pending";

    /**
     * A denial ("نفى"، "كذّب") denies the latest earlier claim against its speaker: an accusation
     * or act whose recipient is the denier's party, else the latest earlier accusation.
     */
    static void linkDenials(List<EventRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            EventRecord r = records.get(i);
            if (!DENIAL_PENDING.equals(r.denies())) continue;
            String denier = r.actor() == null ? null : r.actor().key();
            String target = null, accusation = null;
            for (int j = i - 1; j >= 0 && target == null; j--) {
                EventRecord e = records.get(j);
                if (e.event().equals("REJECT")) continue;
                if (denier != null && e.recipient() != null && denier.equals(e.recipient().key())) target = e.id();
                if (accusation == null && e.event().equals("ACCUSE")) accusation = e.id();
            }
            EventRecord.Builder b = r.toBuilder();
            b.denies = target != null ? target : accusation;
            records.set(i, b.build());
        }
    }

    /** The raw prior mapped through the dev-set calibration (confidence.tsv). */
    private double confidence(Trigger t, EventRecord.Builder b) {
        return calibration.calibrate(prior(t, b));
    }

    /** A prior: strong triggers with named parties are right more often. */
    static double prior(Trigger t, EventRecord.Builder b) {
        double c = t.weak() ? 0.45 : 0.6;
        if (b.actor != null && b.actor.key() != null) c += 0.15;
        if (b.recipient != null && b.recipient.key() != null) c += 0.05;
        if (b.location != null && b.location.lat() != null) c += 0.1;
        if (b.attribution.hedged()) c -= 0.15;
        return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
    }

    public static String stableId(String docId, String event, int start, int end) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] h = md.digest((docId + "\u0000" + event + "\u0000" + start + "\u0000" + end).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) sb.append(String.format("%02x", h[i]));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
