package org.marsad.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.PhraseIndex;
import org.marsad.core.Annotator;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.Token;
import org.marsad.core.record.PlaceRef;

/**
 * Finds places (cities, regions, countries) and resolves each to one gazetteer entry, using the
 * countries the document speaks of, the size of the place and its level.
 */
public final class PlaceAnnotator implements Annotator {
    public static final String PLACES = "places";
    private static final double CONTEXT_WEIGHT = 2.5;
    /** A capital outweighs a namesake in a country the article names once ("لندن" with "كندا" nearby). */
    private static final double CAPITAL_WEIGHT = 1.5;
    private final KnowledgeBase kb;

    public PlaceAnnotator(KnowledgeBase kb) { this.kb = kb; }

    @Override public String name() { return "places"; }
    @Override public Set<String> requires() { return Set.of("tokens"); }
    @Override public Set<String> provides() { return Set.of(PLACES); }

    @Override
    public void annotate(Document doc) {
        List<Token> tokens = doc.tokens();
        if (tokens.isEmpty()) return;
        DocumentContext ctx = new DocumentContext(kb, doc);
        for (int[] s : ActorAnnotator.sentenceRanges(doc)) {
            int[] inName = namedActorTokens(tokens, s[0], s[1]);
            Map<Integer, List<PhraseIndex.Match<PlaceEntry>>> byStart = new LinkedHashMap<>();
            for (PhraseIndex.Match<PlaceEntry> m : kb.placeIndex().scan(tokens, s[0], s[1])) {
                byStart.computeIfAbsent(m.firstToken(), k -> new ArrayList<>()).add(m);
            }
            for (List<PhraseIndex.Match<PlaceEntry>> ms : byStart.values()) {
                PhraseIndex.Match<PlaceEntry> m0 = ms.get(0);
                if (covered(inName, s[0], m0)) continue;
                if (Cues.foundBySuffixCut(tokens.get(m0.firstToken()), m0.matchedStem())) continue;
                if (Cues.seatOfABody(tokens, m0.firstToken(), s[0])) continue;
                if (Cues.foundByForeignProclitic(tokens.get(m0.firstToken()), m0.matchedStem())) continue;
                if (oneWord(m0) && Cues.isWordForm(kb, tokens.get(m0.firstToken()), m0.matchedStem())) continue;
                boolean cue = Cues.placeCue(tokens, m0.firstToken(), s[0], m0.matchedStem());
                String phrase = DocumentContext.phrase(tokens, m0.firstToken(), m0.endToken());
                if (kb.isNeverPlace(phrase)) continue;
                // the name without its clitics ("لجمال" is جمال) must not be a common word either
                if (m0.endToken() - m0.firstToken() == 1 && m0.matchedStem() != null && kb.isNeverPlace(m0.matchedStem())) continue;
                PlaceEntry best = choose(ms, ctx);
                if (kb.isAmbiguousPlace(phrase) && !cue && !ctx.seenUnambiguously(best.id())) continue;
                emit(doc, tokens, m0, best, ms.size(), Cues.afterPlacePreposition(tokens, m0.firstToken(), s[0], m0.matchedStem()));
            }
            partsOfCountries(doc, tokens, s, byStart, ctx);
        }
    }

    /**
     * "في جنوب البلاد"، "شمال غرب سوريا": a part of a country named by direction, placed inside the
     * country (its centre moved toward the direction by a share of its size), precision "region".
     * "البلاد" is the country the article names most.
     */
    private void partsOfCountries(Document doc, List<Token> tokens, int[] s,
                                  Map<Integer, List<PhraseIndex.Match<PlaceEntry>>> byStart, DocumentContext ctx) {
        int taken = -1;
        for (PhraseIndex.Match<Direction> d : kb.directionIndex().scan(tokens, s[0], s[1])) {
            Direction dir = d.value();
            // one part per place in the text: "الجنوب" and "جنوب" are one entry once the article is set aside
            if (dir == Direction.COUNTRY_WORD || d.endToken() >= s[1] || d.firstToken() < taken) continue;
            String iso3 = null;
            int end = -1;
            for (PhraseIndex.Match<Direction> w : kb.directionIndex().matchesAt(tokens, d.endToken(), s[1])) {
                if (w.value() == Direction.COUNTRY_WORD) { iso3 = ctx.mainCountry(); end = w.endToken(); }
            }
            List<PhraseIndex.Match<PlaceEntry>> next = byStart.getOrDefault(d.endToken(), List.of());
            // "وسط عمان": a country's name that is also a city's is read as the city
            boolean alsoCity = next.stream().anyMatch(p -> !PlaceEntry.COUNTRY.equals(p.value().level()));
            for (PhraseIndex.Match<PlaceEntry> p : next) {
                if (PlaceEntry.COUNTRY.equals(p.value().level()) && !alsoCity) { iso3 = p.value().country(); end = p.endToken(); }
            }
            // "في مدينة نانت غربي فرنسا": the part of the country only says where the city named before it lies
            if (placeEndsAt(byStart, d.firstToken()) || d.firstToken() > s[0] + 1 && isComma(tokens.get(d.firstToken() - 1))
                    && placeEndsAt(byStart, d.firstToken() - 1)) continue;
            PlaceEntry country = iso3 == null ? null : kb.country(iso3);
            if (country == null) continue;
            double[] at = dir.point(country.lat(), country.lon(), kb.countryArea(iso3));
            PlaceEntry part = new PlaceEntry("R:" + iso3 + ":" + dir.code(), dir.english() + " " + country.name(), null, iso3, null,
                    at[0], at[1], 0, "region");
            PhraseIndex.Match<PlaceEntry> span = new PhraseIndex.Match<>(d.firstToken(), end, part, d.matchedStem());
            emit(doc, tokens, span, part, 1, Cues.afterPlacePreposition(tokens, d.firstToken(), s[0], d.matchedStem()));
            taken = end;
        }
    }

    /** True when a place other than a country ends right before the token. */
    private static boolean placeEndsAt(Map<Integer, List<PhraseIndex.Match<PlaceEntry>>> byStart, int token) {
        for (List<PhraseIndex.Match<PlaceEntry>> ms : byStart.values()) {
            for (PhraseIndex.Match<PlaceEntry> m : ms) {
                if (m.endToken() == token && !PlaceEntry.COUNTRY.equals(m.value().level())) return true;
            }
        }
        return false;
    }

    private static boolean isComma(Token t) {
        return t.surface().equals("،") || t.surface().equals(",");
    }

    private static boolean oneWord(PhraseIndex.Match<PlaceEntry> m) {
        return m.endToken() - m.firstToken() == 1 && m.matchedStem() != null;
    }

    private static boolean covered(int[] inName, int from, PhraseIndex.Match<PlaceEntry> m) {
        int len = m.endToken() - m.firstToken();
        return inName[m.firstToken() - from] > len;
    }

    /**
     * For each token, the length of a longer organisation or person name covering it ("قوات سوريا
     * الديمقراطية"): a place inside such a name is not a place.
     */
    private int[] namedActorTokens(List<Token> tokens, int from, int to) {
        int[] in = new int[to - from];
        for (PhraseIndex.Match<ActorEntry> m : kb.actorIndex().scan(tokens, from, to)) {
            String k = m.value().kind();
            if (!k.equals(ActorEntry.ORG) && !k.equals(ActorEntry.PERSON)) continue;
            if (kb.isAmbiguousActor(DocumentContext.phrase(tokens, m.firstToken(), m.endToken()))) continue;
            for (int i = m.firstToken(); i < m.endToken(); i++) in[i - from] = Math.max(in[i - from], m.endToken() - m.firstToken());
        }
        return in;
    }

    private PlaceEntry choose(List<PhraseIndex.Match<PlaceEntry>> ms, DocumentContext ctx) {
        PlaceEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (PhraseIndex.Match<PlaceEntry> m : ms) {
            PlaceEntry p = m.value();
            double score = p.weight() + CONTEXT_WEIGHT * Math.min(ctx.countryCount(p.country()), 5)
                    + (kb.isCapital(p) ? CAPITAL_WEIGHT : 0);
            if (score > bestScore) { best = p; bestScore = score; }
        }
        return best;
    }

    private static void emit(Document doc, List<Token> tokens, PhraseIndex.Match<PlaceEntry> m, PlaceEntry p, int candidates,
                             boolean afterPreposition) {
        int start = tokens.get(m.firstToken()).start(), end = tokens.get(m.endToken() - 1).end();
        PlaceRef ref = new PlaceRef(doc.slice(start, end), p.name(), p.geonameId(), p.country(), p.admin1(), p.lat(), p.lon(),
                p.level(), start, end);
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("kind", p.level());
        attrs.put("candidates", candidates);
        if (afterPreposition) attrs.put("after_place_preposition", true);
        // the clitics fused before the name ("لـ"، "بـ"، "و"), for readers that weigh them
        String norm = tokens.get(m.firstToken()).norm();
        String stem = m.matchedStem();
        if (stem != null && norm.endsWith(stem) && norm.length() > stem.length()) attrs.put("proclitic", norm.substring(0, norm.length() - stem.length()));
        doc.addMention(new Mention(MentionTypes.PLACE, start, end, m.firstToken(), m.endToken(), ref, attrs));
    }
}
