package org.marsad.kb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.PhraseIndex;
import org.marsad.core.Document;
import org.marsad.core.Token;

/**
 * What a whole document says about countries and entries: how often each country is named
 * (names, adjectives, capitals, unambiguous places) and which entries were matched without
 * ambiguity. Used to pick among readings of an ambiguous name.
 */
final class DocumentContext {
    private final Map<String, Integer> countryCounts = new HashMap<>();
    private final Set<String> sureIds = new java.util.HashSet<>();

    DocumentContext(KnowledgeBase kb, Document doc) {
        List<Token> tokens = doc.tokens();
        for (PhraseIndex.Match<ActorEntry> m : kb.actorIndex().scan(tokens, 0, tokens.size())) {
            ActorEntry e = m.value();
            if (ambiguousActor(kb, tokens, m)) continue;
            sureIds.add(e.kbId());
            String k = e.kind();
            if (e.country() != null && (k.equals(ActorEntry.COUNTRY) || k.equals(ActorEntry.NATIONALITY)
                    || k.equals(ActorEntry.CAPITAL))) {
                countryCounts.merge(e.country(), 1, Integer::sum);
            }
        }
        for (PhraseIndex.Match<PlaceEntry> m : kb.placeIndex().scan(tokens, 0, tokens.size())) {
            if (kb.isAmbiguousPlace(phrase(tokens, m.firstToken(), m.endToken()))) continue;
            if (Cues.foundBySuffixCut(tokens.get(m.firstToken()), m.matchedStem())) continue;
            if (m.endToken() - m.firstToken() == 1
                    && Cues.isWordForm(kb, tokens.get(m.firstToken()), m.matchedStem())) continue;
            sureIds.add(m.value().id());
        }
    }

    int countryCount(String iso3) { return iso3 == null ? 0 : countryCounts.getOrDefault(iso3, 0); }

    /** The country the document names most (its name, adjective or capital), the first in code order on a tie; or null. */
    String mainCountry() {
        String best = null;
        for (var e : new java.util.TreeMap<>(countryCounts).entrySet()) {
            if (best == null || e.getValue() > countryCounts.get(best)) best = e.getKey();
        }
        return best;
    }

    boolean seenUnambiguously(String id) { return sureIds.contains(id); }

    /**
     * Whether a matched actor phrase is on the list of names that are also common words, with
     * its clitics ("لفتح" is "فتح") or without them.
     */
    static boolean ambiguousActor(KnowledgeBase kb, List<Token> tokens, PhraseIndex.Match<ActorEntry> m) {
        String phrase = phrase(tokens, m.firstToken(), m.endToken());
        if (kb.isAmbiguousActor(phrase)) return true;
        if (m.matchedStem() == null) return false;
        int space = phrase.indexOf(' ');
        return kb.isAmbiguousActor(m.matchedStem() + (space < 0 ? "" : phrase.substring(space)));
    }

    static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isPunct()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(tokens.get(i).norm());
        }
        return sb.toString();
    }
}
