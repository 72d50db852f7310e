package org.marsad.engine.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.PhraseIndex;
import org.marsad.arabic.Tsv;
import org.marsad.core.Token;

/** Cue words around triggers (cues.tsv): negation, future, hedges, reporting verbs ... */
public final class Cues {
    public static final String NEGATION = "negation", FUTURE = "future", HYPOTHETICAL = "hypothetical", HEDGE = "hedge",
            UNVERIFIED = "unverified", REPORT = "report", ACCORDING = "according", AGENT = "agent", CONTINUE = "continue",
            NONEVENT = "nonevent", COUNT = "count", RELATIVE = "relative", LIGHT_VERB = "light", CHARGE = "charge",
            ACCUSED = "accused", CHARGE_NOUN = "chargenoun", COMMENTING = "commenting", DISASTER = "disaster",
            COMPLEMENT = "complement", THREAT = "threat", APPROXIMATE = "approximate", CALL = "call", SUFFER = "suffer",
            AUTHORED = "authored", NOT_PLACE = "notplace", FAILURE = "failure", CARRYING = "carrying", BACKER = "backer",
            CIRCUMSTANCE = "circumstance", MODAL = "modal", AUTHORITY = "authority", AFFILIATION = "affiliation", CAUSATIVE = "causative";

    private final PhraseIndex<String> index = new PhraseIndex<>();

    public Cues() {
        for (Tsv.Row row : Tsv.resource(Cues.class, "/org/marsad/engine/cues.tsv")) index.add(row.col(1), row.col(0));
    }

    /** The categories of cues that start at token {@code i}, with the end token of the longest. */
    public record Hit(Set<String> categories, int end) {}

    public Hit at(List<Token> tokens, int i, int limit) {
        List<PhraseIndex.Match<String>> m = index.matchesAt(tokens, i, limit);
        if (m.isEmpty()) return null;
        Set<String> cats = new HashSet<>();
        for (PhraseIndex.Match<String> x : m) cats.add(x.value());
        return new Hit(cats, m.get(0).endToken());
    }

    /** True when a cue of this category starts anywhere in [from, to). */
    public boolean any(List<Token> tokens, int from, int to, String category) {
        for (int i = Math.max(0, from); i < to; i++) {
            Hit h = at(tokens, i, to);
            if (h != null && h.categories().contains(category)) return true;
        }
        return false;
    }

    /** The cue hits of a token range, indexed from {@code from}; computed once per sentence. */
    public Hit[] scan(List<Token> tokens, int from, int to) {
        Hit[] out = new Hit[to - from];
        for (int i = from; i < to; i++) out[i - from] = at(tokens, i, to);
        return out;
    }

    /** The last token index in [from, to) where a cue of this category starts, or -1. */
    public int last(List<Token> tokens, int from, int to, String category) {
        int found = -1;
        for (int i = Math.max(0, from); i < to; i++) {
            Hit h = at(tokens, i, to);
            if (h != null && h.categories().contains(category)) found = i;
        }
        return found;
    }

    /** The end token of a cue of this category starting at i, or -1. */
    public int endOf(List<Token> tokens, int i, int limit, String category) {
        List<PhraseIndex.Match<String>> m = index.matchesAt(tokens, i, limit);
        for (PhraseIndex.Match<String> x : m) if (x.value().equals(category)) return x.endToken();
        return -1;
    }
}
