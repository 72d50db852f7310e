package org.marsad.engine.coding;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.Sentence;
import org.marsad.core.Token;
import org.marsad.core.record.ActorRef;

/** One sentence with its tokens and the mentions inside it, by type, in text order. */
public final class SentenceView {
    public final Document doc;
    public final Sentence sentence;
    public final List<Token> tokens;
    public final List<Mention> actors = new ArrayList<>();
    public final List<Mention> places = new ArrayList<>();
    public final List<Mention> names = new ArrayList<>();
    private final org.marsad.engine.lexicon.Cues.Hit[] cueHits;

    public SentenceView(Document doc, Sentence sentence, List<Mention> sortedMentions, org.marsad.engine.lexicon.Cues cues) {
        this.doc = doc;
        this.cueHits = cues.scan(doc.tokens(), sentence.firstToken(), sentence.endToken());
        this.sentence = sentence;
        this.tokens = doc.tokens();
        // The mentions are sorted by first token: start at the sentence by binary search rather
        // than filtering all of them for every sentence, which made long documents quadratic.
        for (int k = firstAt(sortedMentions, sentence.firstToken()); k < sortedMentions.size(); k++) {
            Mention m = sortedMentions.get(k);
            if (m.firstToken() >= sentence.endToken()) break;
            if (m.endToken() > sentence.endToken()) continue;
            switch (m.type()) {
                case MentionTypes.ACTOR -> { if (!isBareAdjective(m)) actors.add(m); }
                case MentionTypes.PLACE -> places.add(m);
                case MentionTypes.NAME -> names.add(m);
                default -> { }
            }
        }
        // A name found only by the recogniser (PER/ORG) can still be an actor, with unknown codes.
        for (Mention n : names) {
            if (!"PER".equals(n.value()) && !"ORG".equals(n.value())) continue;
            boolean covered = actors.stream().anyMatch(a -> a.overlaps(n)) || places.stream().anyMatch(p -> p.overlaps(n));
            if (!covered) {
                ActorRef ref = new ActorRef(doc.slice(n.start(), n.end()), null, null, null, null, null, n.start(), n.end());
                actors.add(new Mention(MentionTypes.ACTOR, n.start(), n.end(), n.firstToken(), n.endToken(), ref,
                        java.util.Map.of("kind", "name", "bare_role", Boolean.FALSE)));
            }
        }
        actors.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
    }

    /** The index of the first mention starting at or after the token. */
    private static int firstAt(List<Mention> sorted, int token) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).firstToken() < token) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /**
     * A nationality adjective on its own ("الإسرائيلي" after a noun the knowledge base does not
     * know) qualifies something else; it is not an actor by itself. Plural forms name people.
     */
    private static boolean isBareAdjective(Mention m) {
        if (!"nationality".equals(m.attrs().get("kind"))) return false;
        ActorRef a = m.value(ActorRef.class);
        if (a == null || a.sector() != null || a.text() == null) return false;
        String n = org.marsad.arabic.ArabicNormalizer.normalize(a.text());
        return !(n.endsWith("ين") || n.endsWith("ون"));
    }

    public int first() { return sentence.firstToken(); }

    /** The cue starting at token i of this sentence, or null. */
    public org.marsad.engine.lexicon.Cues.Hit cue(int i) {
        return i < first() || i >= end() ? null : cueHits[i - first()];
    }

    /** True when a cue of this category starts in [from, to). */
    public boolean anyCue(int from, int to, String category) {
        for (int i = Math.max(from, first()); i < Math.min(to, end()); i++) {
            org.marsad.engine.lexicon.Cues.Hit h = cueHits[i - first()];
            if (h != null && h.categories().contains(category)) return true;
        }
        return false;
    }

    /** The end of a cue of this category starting at i, or -1. */
    public int cueEnd(int i, String category) {
        org.marsad.engine.lexicon.Cues.Hit h = cue(i);
        return h != null && h.categories().contains(category) ? h.end() : -1;
    }

    public int end() { return sentence.endToken(); }

    public Token token(int i) { return tokens.get(i); }

    /** The actor mention that starts in [from, to), nearest to {@code from}, or null. */
    public Mention firstActorIn(int from, int to) {
        for (Mention m : actors) if (m.firstToken() >= from && m.firstToken() < to) return m;
        return null;
    }

    /** The actor mention that ends in (from, to], nearest to {@code to}, or null. */
    public Mention lastActorBefore(int from, int to) {
        Mention found = null;
        for (Mention m : actors) if (m.endToken() <= to && m.firstToken() >= from) found = m;
        return found;
    }
}
