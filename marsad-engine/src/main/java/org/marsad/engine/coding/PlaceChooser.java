package org.marsad.engine.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.Sentence;
import org.marsad.core.Token;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.PlaceRef;

/**
 * Chooses where an event happened: the place attached to the event's own sentence (nearest
 * the trigger, finer before coarser), else the latest place earlier in the paragraph or a place
 * inside a country named in the sentences just before, else the article's main place. Places in the dateline ("دبي (CNN)") name the newsroom, not the event.
 */
public final class PlaceChooser {
    public record Choice(PlaceRef primary, List<PlaceRef> all) {}

    /** What the whole article says about places: its main country and main place. */
    /** {@code acting}: places that are also named as a party there ("وتخشى أنقرة"): a capital that acts. */
    public record DocumentPlaces(String mainCountry, PlaceRef mainPlace, int datelineEndToken, List<Mention> places,
                                 java.util.Set<Mention> acting) {}

    private static final int SAME_PARAGRAPH_LOOKBACK = 3;
    /** How many tokens nearer than a finer place a country must be named to win over it. */
    private static final int BROAD_PENALTY = 12;
    /** How many tokens farther than a part of a country named by direction a town of it may stand and still win. */
    private static final int PART_PENALTY = 10;

    /** How many sentences back a place inside the article's country may still be where the account is. */
    private static final int SETTING_LOOKBACK = 6;

    public DocumentPlaces documentPlaces(Document doc, List<Mention> sortedMentions) {
        return documentPlaces(doc, sortedMentions, List.of());
    }

    /** The title's places count twice: a headline names where the story happens. */
    public DocumentPlaces documentPlaces(Document doc, List<Mention> sortedMentions, List<Mention> titlePlaces) {
        int dateline = datelineEnd(doc);
        Map<String, Integer> countryVotes = new HashMap<>();
        List<Mention> places = new ArrayList<>();
        java.util.Set<Mention> acting = new java.util.HashSet<>();
        Mention lastActor = null;
        for (Mention m : sortedMentions) {
            if (m.type().equals(MentionTypes.PLACE) && lastActor != null && lastActor.overlaps(m)) acting.add(m);
            if (m.type().equals(MentionTypes.ACTOR)) lastActor = m;
            if (m.type().equals(MentionTypes.PLACE)) {
                if (m.endToken() <= dateline) continue;
                places.add(m);
                PlaceRef p = m.value(PlaceRef.class);
                if (p != null && p.country() != null) countryVotes.merge(p.country(), 2, Integer::sum);
            } else if (m.type().equals(MentionTypes.ACTOR)) {
                ActorRef a = m.value(ActorRef.class);
                // a named news outlet reports from everywhere: its home country says nothing about the article's
                boolean outlet = a != null && a.org() != null && "MED".equals(a.sector());
                if (a != null && a.country() != null && !outlet) countryVotes.merge(a.country(), 1, Integer::sum);
            }
        }
        String main = countryVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        List<Mention> weighed = new ArrayList<>(places);
        for (Mention m : titlePlaces) {
            PlaceRef p = m.value(PlaceRef.class);
            if (p == null || !m.type().equals(MentionTypes.PLACE)) continue;
            if (p.country() != null) countryVotes.merge(p.country(), 4, Integer::sum);
            weighed.add(m);
            weighed.add(m);
        }
        main = countryVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return new DocumentPlaces(main, mainPlace(weighed, main), dateline, places, acting);
    }

    /**
     * The article's main place: the finer place of the main country mentioned most often (the
     * first mention breaks ties), else the main country itself.
     */
    private static PlaceRef mainPlace(List<Mention> places, String mainCountry) {
        if (mainCountry == null) return null;
        Map<String, Integer> votes = new HashMap<>();
        Map<String, PlaceRef> byKey = new HashMap<>();
        PlaceRef country = null;
        for (Mention m : places) {
            PlaceRef p = m.value(PlaceRef.class);
            if (p == null || !mainCountry.equals(p.country()) || p.lat() == null || !plausibleLocation(m)) continue;
            if ("country".equals(p.precision())) { if (country == null) country = p; continue; }
            String key = p.geonameId() != null ? p.geonameId().toString() : p.name();
            votes.merge(key, 1, Integer::sum);
            byKey.putIfAbsent(key, p);
        }
        String best = null;
        for (var e : votes.entrySet()) {
            if (best == null || e.getValue() > votes.get(best)) best = e.getKey();
        }
        if (best != null && votes.get(best) >= 2) return byKey.get(best);
        return country;
    }

    /**
     * A place written with the preposition ل ("الموالية لأنقرة") or a possessive suffix ("بلدها")
     * names a party or a relation, not where something happened.
     */
    static boolean plausibleLocation(Mention m) {
        Object proclitic = m.attrs().get("proclitic");
        if (proclitic instanceof String p && (p.endsWith("ل") && !p.endsWith("لل"))) return false;
        PlaceRef p = m.value(PlaceRef.class);
        String text = p == null || p.text() == null ? "" : org.marsad.arabic.ArabicNormalizer.normalize(p.text());
        return !(text.endsWith("ها") || text.endsWith("هم"));
    }

    public Choice choose(SentenceView v, int triggerToken, DocumentPlaces doc) {
        return choose(v, triggerToken, doc, List.of());
    }

    /**
     * {@code parties}: the character spans of the event's actor and recipient. A country named as
     * one of them ("هدنة أعلنتها روسيا") acts or suffers; it is where the event happens only when a
     * preposition of place says so ("في روسيا").
     */
    public Choice choose(SentenceView v, int triggerToken, DocumentPlaces doc, List<int[]> parties) {
        return choose(v, triggerToken, doc, parties, null);
    }

    /**
     * {@code homeCountry}: the country of a doer that acts only at home (a court, the police, a
     * parliament: "وكانت محكمة باكستانية قد حكمت"): when the place found lies in another country
     * (the place the account was at before, or a place a noun of the sentence owns), the event is
     * in that country, as the article names it.
     */
    public Choice choose(SentenceView v, int triggerToken, DocumentPlaces doc, List<int[]> parties, String homeCountry) {
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Mention m : v.places) {
            if (m.endToken() <= doc.datelineEndToken()) continue;
            PlaceRef p = m.value(PlaceRef.class);
            if (p == null || !plausibleLocation(m)) continue;
            if ("country".equals(p.precision()) && isParty(m, parties) && !afterPlacePreposition(v, m)) continue;
            int distance = Math.abs(m.firstToken() - triggerToken);
            // a country or a region across countries is less specific than any place inside one
            boolean broad = "country".equals(p.precision()) || p.country() == null;
            int score = distance + (broad ? BROAD_PENALTY : 0) + (p.lat() == null ? 20 : 0);
            if (score < bestScore) { bestScore = score; best = m; }
        }
        if (best != null && "region".equals(best.value(PlaceRef.class).precision())) {
            // a part of a country named by direction ("وفي شمال سوريا") frames; a town of that country in the clause says where
            Mention town = townWithin(v, best, triggerToken, bestScore + PART_PENALTY, doc);
            if (town != null) best = town;
        }
        if (best != null) {
            PlaceRef chosen = best.value(PlaceRef.class);
            PlaceRef main = doc.mainPlace();
            // "في البلد الواقع في أمريكا الوسطى": a region across countries describes; the article's place is where
            if (chosen.country() == null && chosen.lat() != null && main != null) return new Choice(main, List.of());
            // "في إيران" in an article about Tehran: as specific as the article says
            if ("country".equals(chosen.precision()) && main != null && !"country".equals(main.precision())
                    && chosen.country() != null && chosen.country().equals(main.country())) {
                return new Choice(main, List.of());
            }
            if (homeCountry != null && !homeCountry.equals(chosen.country())) {
                PlaceRef home = countryNamed(doc, homeCountry);
                if (home != null) return new Choice(home, List.of());
            }
            return new Choice(chosen, coordinated(v, best));
        }
        Mention unknown = unresolvedPlace(v);
        if (unknown != null) {
            // a village or district the gazetteer lacks: kept with its text, coordinates unknown
            return new Choice(new PlaceRef(v.doc.slice(unknown.start(), unknown.end()), null, null, null, null, null, null, null,
                    unknown.start(), unknown.end()), List.of());
        }
        Sentence s = v.sentence;
        // The nearest earlier place within the lookbacks, walking back from this sentence: bounded
        // work per trigger, where a scan from the document start made long documents quadratic.
        Mention earlier = null;
        List<Mention> placesSoFar = doc.places();
        for (int k = lastBefore(placesSoFar, s.firstToken()); k >= 0; k--) {
            Mention m = placesSoFar.get(k);
            int ks = v.doc.sentenceIndexOf(m.firstToken());
            Sentence ms = ks < 0 ? null : v.doc.sentences().get(ks);
            int back = ms == null ? 0 : s.index() - ms.index();
            if (back > SETTING_LOOKBACK) break;
            if (ms == null || !plausibleLocation(m)) continue;
            // across paragraphs, a place inside the country ("في منطقة عفرين"), not a capital that acts ("وتخشى أنقرة")
            PlaceRef p = m.value(PlaceRef.class);
            boolean named = !doc.acting().contains(m) || introducedAsPlace(v, m);
            boolean setting = finePlace(p) && p.country().equals(doc.mainCountry()) && named && !oneAmongOthers(v.doc, m);
            if (ms.paragraph() == s.paragraph() && back <= SAME_PARAGRAPH_LOOKBACK && named || setting) { earlier = m; break; }
        }
        PlaceRef fallback = earlier != null ? earlier.value(PlaceRef.class) : doc.mainPlace();
        if (homeCountry != null && (fallback == null || !homeCountry.equals(fallback.country()))) {
            PlaceRef home = countryNamed(doc, homeCountry);
            if (home != null) return new Choice(home, List.of());
        }
        return fallback == null ? null : new Choice(fallback, List.of());
    }

    /** Words that name one of several places ("في عدة مدن، من بينها غرانادا"): an example, not the setting. */
    private static final java.util.Set<String> AMONG = java.util.Set.of("بينها", "بينهم", "منها", "ومنها");

    private static boolean oneAmongOthers(Document doc, Mention place) {
        int k = place.firstToken() - 1;
        return k >= 0 && AMONG.contains(doc.tokens().get(k).norm());
    }

    /** The country as the article names it as a place, or null. */
    private static PlaceRef countryNamed(DocumentPlaces doc, String iso3) {
        for (Mention m : doc.places()) {
            PlaceRef p = m.value(PlaceRef.class);
            if (p != null && "country".equals(p.precision()) && iso3.equals(p.country())) return p;
        }
        return null;
    }

    /** The nearest town of the part's country in the sentence, at most {@code reach} tokens from the trigger, or null. */
    private static Mention townWithin(SentenceView v, Mention part, int triggerToken, int reach, DocumentPlaces doc) {
        String country = part.value(PlaceRef.class).country();
        Mention town = null;
        int nearest = Integer.MAX_VALUE;
        for (Mention m : v.places) {
            PlaceRef p = m.value(PlaceRef.class);
            if (m.endToken() <= doc.datelineEndToken() || !finePlace(p) || !p.country().equals(country) || !plausibleLocation(m)) continue;
            int distance = Math.abs(m.firstToken() - triggerToken);
            if (distance <= reach && distance < nearest) { nearest = distance; town = m; }
        }
        return town;
    }

    /** A place inside one country, finer than the country and than a part of it, with coordinates. */
    private static boolean finePlace(PlaceRef p) {
        // a part of a country named by direction ("غربي البلاد") is too vague to carry over
        return p != null && p.country() != null && p.lat() != null && !"country".equals(p.precision()) && !"region".equals(p.precision());
    }

    /** A place after a preposition of place or the word for its kind ("في عفرين"، "بلدة الشيفونية"). */
    private static boolean introducedAsPlace(SentenceView v, Mention m) {
        return afterPlacePreposition(v, m, 0) || m.firstToken() > 0 && PLACE_KINDS.contains(kindWord(v.token(m.firstToken() - 1).norm()));
    }

    /** Words that introduce a place by its kind ("قرية X"، "بلدة X"). */
    private static final java.util.Set<String> PLACE_KINDS = java.util.Set.of("قريه", "بلده", "مدينه", "منطقه", "حي", "مخيم", "ناحيه", "مديريه", "محافظه", "ولايه", "اقليم");

    /**
     * A name the recogniser tags as a place, introduced by a preposition of place or by the kind
     * of place it is, that the knowledge base does not know; or null.
     */
    private static Mention unresolvedPlace(SentenceView v) {
        for (Mention n : v.recognisedNames()) {
            if (!"LOC".equals(n.value()) || n.firstToken() <= v.first()) continue;
            // a part of a name the gazetteer knows ("سان" of "سان بطرسبرغ") is no place of its own
            boolean known = v.places.stream().anyMatch(p -> p.overlaps(n) || p.firstToken() == n.endToken())
                    || v.actors.stream().anyMatch(a -> a.overlaps(n));
            if (known || v.cueEnd(n.firstToken(), org.marsad.engine.lexicon.Cues.NOT_PLACE) > 0) continue;
            // "وبلدة" alone names a kind of place, not a place
            if (n.endToken() - n.firstToken() == 1 && PLACE_KINDS.contains(kindWord(v.token(n.firstToken()).norm()))) continue;
            String prev = v.token(n.firstToken() - 1).norm();
            if (PLACE_PREPOSITIONS.contains(prev) || PLACE_KINDS.contains(kindWord(prev))) return n;
        }
        return null;
    }

    /** The word without conjunction and article, as the kinds of place are listed. */
    private static String kindWord(String norm) {
        return org.marsad.arabic.PhraseIndex.bare(org.marsad.arabic.Clitics.withoutConjunction(norm));
    }

    private static boolean isParty(Mention m, List<int[]> parties) {
        for (int[] p : parties) if (m.start() < p[1] && p[0] < m.end()) return true;
        return false;
    }

    /** Prepositions that put an event in a place. */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("في", "وفي", "الي", "من", "داخل", "عبر");

    private static boolean afterPlacePreposition(SentenceView v, Mention m) {
        return afterPlacePreposition(v, m, v.first());
    }

    /** With بـ fused, or after a preposition of place at or after token {@code from}. */
    private static boolean afterPlacePreposition(SentenceView v, Mention m, int from) {
        Object proclitic = m.attrs().get("proclitic");
        if (proclitic instanceof String p && p.endsWith("ب")) return true;
        return m.firstToken() > from && PLACE_PREPOSITIONS.contains(v.token(m.firstToken() - 1).norm());
    }

    /** Places listed with the chosen one ("في A وB وC") are all places of the event. */
    private static List<PlaceRef> coordinated(SentenceView v, Mention chosen) {
        List<PlaceRef> out = new ArrayList<>();
        out.add(chosen.value(PlaceRef.class));
        Mention prev = chosen;
        for (Mention m : v.places) {
            if (m.firstToken() < prev.endToken()) continue;
            if (!onlyJoinersBetween(v, prev.endToken(), m.firstToken())) break;
            PlaceRef p = m.value(PlaceRef.class);
            if (p != null && p.precision() != null && p.precision().equals(chosen.value(PlaceRef.class).precision())) out.add(p);
            prev = m;
        }
        return out;
    }

    private static boolean onlyJoinersBetween(SentenceView v, int from, int to) {
        if (to - from > 1) return false;
        for (int i = from; i < to; i++) {
            Token t = v.token(i);
            if (!(t.surface().equals("،") || t.surface().equals(",") || t.norm().equals("و"))) return false;
        }
        return true;
    }

    /** The index of the last mention starting before the token, or -1 (the list is in token order). */
    private static int lastBefore(List<Mention> sorted, int token) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).firstToken() < token) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }

    /** The dateline: the first sentence's opening up to an outlet in brackets or a dash, e.g. "دبي، الإمارات (CNN)--". */
    static int datelineEnd(Document doc) {
        List<Token> tokens = doc.tokens();
        int limit = Math.min(tokens.size(), 12);
        for (int i = 0; i < limit; i++) {
            String s = tokens.get(i).surface();
            if (s.equals("(") || s.equals("-") || s.equals("–") || s.equals("—")) return i;
        }
        return 0;
    }
}
