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
    private final List<Mention> dates = new ArrayList<>();
    /** Nationality adjectives standing alone ("غارات تركية"): not actors, but they may name one. */
    public final List<Mention> adjectives = new ArrayList<>();
    /** People and organisations found only by the name recogniser: actors of last resort, codes unknown. */
    private List<Mention> nameActors;
    private java.util.function.BiFunction<Document, Sentence, List<Mention>> lazyNames;
    private final org.marsad.engine.lexicon.Cues.Hit[] cueHits;
    private java.util.Map<String, ActorRef> shortNames = java.util.Map.of();

    public SentenceView(Document doc, Sentence sentence, List<Mention> sortedMentions, org.marsad.engine.lexicon.Cues cues) {
        List<Mention> numbers = new ArrayList<>();
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
                case MentionTypes.ACTOR -> { if (!isBareAdjective(m)) actors.add(m); else adjectives.add(m); }
                case MentionTypes.PLACE -> places.add(m);
                case MentionTypes.NAME -> names.add(m);
                case MentionTypes.DATE -> dates.add(m);
                case MentionTypes.NUMBER -> numbers.add(m);
                default -> { }
            }
        }
        actors.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        // "الحكومة المدعومة من الأمم المتحدة"، "بدعم من التحالف": the backer is neither doer nor target of
        // the act, nor, named by its country ("المدعومة من قبل السعودية"), where it happens
        removeBackers();
        // "أغسطس / آب": a word inside a time expression is no place (آب is not the Yemeni town إب)
        if (!dates.isEmpty()) places.removeIf(p -> dates.stream().anyMatch(d -> d.overlaps(p)));
        // "مقتل 5 مدنين"، "1000 روبية": a bare indefinite word right after a count is the counted noun, not a
        // place (مدنين in Tunisia); "الدول الثلاث بأديس أبابا" keeps its place
        if (!numbers.isEmpty()) places.removeIf(p -> countedNoun(p) && numbers.stream().anyMatch(n -> n.endToken() == p.firstToken() && !inDate(n.firstToken())));
    }

    /** Drops the backers, with the parties joined to them ("المدعومة من قبل السعودية والإمارات"). */
    private void removeBackers() {
        List<Mention> backers = new ArrayList<>();
        int backerEnd = -1;
        for (Mention a : actors) {
            boolean joined = a.firstToken() == backerEnd && tokens.get(a.firstToken()).norm().startsWith("و");
            if (afterBacker(a) || joined) { backers.add(a); backerEnd = a.endToken(); }
        }
        if (backers.isEmpty()) return;
        actors.removeAll(backers);
        places.removeIf(p -> backers.stream().anyMatch(b -> b.overlaps(p)));
    }

    private boolean afterBacker(Mention a) {
        for (int i = Math.max(sentence.firstToken(), a.firstToken() - 4); i < a.firstToken(); i++) {
            if (cueEnd(i, org.marsad.engine.lexicon.Cues.BACKER) == a.firstToken()) return true;
        }
        return false;
    }

    /** The same sentence with the recogniser's names counted among its actors (shares all other layers). */
    private SentenceView(SentenceView base, List<Mention> extraActors) {
        this.doc = base.doc;
        this.sentence = base.sentence;
        this.tokens = base.tokens;
        this.cueHits = base.cueHits;
        this.shortNames = base.shortNames;
        this.lazyNames = base.lazyNames;
        this.nameActors = base.nameActors;
        this.places.addAll(base.places);
        this.names.addAll(base.names);
        this.adjectives.addAll(base.adjectives);
        this.actors.addAll(base.actors);
        this.actors.addAll(extraActors);
        this.actors.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
    }

    /** This sentence with the names the recogniser finds added to its actors: actors of last resort. */
    public SentenceView withNameActors() {
        return new SentenceView(this, nameActors());
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
     * know) qualifies something else; it is not an actor by itself. Plural forms name people, and
     * so does the indefinite accusative that follows a count ("25 فلسطينياً").
     */
    private static boolean isBareAdjective(Mention m) {
        if (!"nationality".equals(m.attrs().get("kind"))) return false;
        ActorRef a = m.value(ActorRef.class);
        if (a == null || a.sector() != null || a.text() == null) return false;
        String n = org.marsad.arabic.ArabicNormalizer.normalize(a.text());
        return !(n.endsWith("ين") || n.endsWith("ون") || n.endsWith("يا"));
    }

    /** Organisations named in full earlier in the article, by their first word ("المرصد" for المرصد السوري ...). */
    public void setShortNames(java.util.Map<String, ActorRef> shortNames) { this.shortNames = shortNames; }

    /**
     * The actor mention starting in [from, to), or an organisation referred to by the first word of
     * its full name (a reader's short form), as a mention over that word.
     */
    public Mention actorOrShortName(int from, int to) {
        for (Mention a : actors) if (a.firstToken() >= from && a.firstToken() < to) return a;
        for (int i = Math.max(from, first()); i < Math.min(to, end()); i++) {
            Token t = tokens.get(i);
            for (String stem : t.stems()) {
                ActorRef ref = shortNames.get(org.marsad.arabic.PhraseIndex.bare(stem));
                if (ref != null) {
                    return new Mention(MentionTypes.ACTOR, t.start(), t.end(), i, i + 1, ref.withText(t.surface(), t.start(), t.end()),
                            java.util.Map.of("kind", "short_name"));
                }
            }
        }
        return null;
    }

    /** Short forms of the organisations named in full in a document. */
    public static java.util.Map<String, ActorRef> shortNames(Document doc, List<Mention> mentions) {
        java.util.Map<String, ActorRef> out = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (!m.type().equals(MentionTypes.ACTOR) || m.endToken() - m.firstToken() < 2) continue;
            ActorRef a = m.value(ActorRef.class);
            if (a == null || a.org() == null) continue;
            Token first = doc.tokens().get(m.firstToken());
            String key = org.marsad.arabic.PhraseIndex.bare(first.stems().get(first.stems().size() > 1 ? 1 : 0));
            if (key.length() >= 4) out.putIfAbsent(key, a);
        }
        return out;
    }

    /** Names are looked for only when an event needs them: the recogniser is the costliest stage. */
    public void setLazyNames(java.util.function.BiFunction<Document, Sentence, List<Mention>> lazyNames) { this.lazyNames = lazyNames; }

    /** The names the recogniser finds in this sentence (found on first use). */
    public List<Mention> recognisedNames() {
        if (!namesLooked && names.isEmpty() && lazyNames != null) names.addAll(lazyNames.apply(doc, sentence));
        namesLooked = true;
        return names;
    }

    private boolean namesLooked;

    public List<Mention> nameActors() {
        if (nameActors != null) return nameActors;
        nameActors = new ArrayList<>();
        recognisedNames();
        // A name found only by the recogniser (PER/ORG) can still be an actor, with unknown codes.
        for (Mention n : names) {
            if (!"PER".equals(n.value()) && !"ORG".equals(n.value())) continue;
            boolean covered = actors.stream().anyMatch(a -> a.overlaps(n)) || places.stream().anyMatch(p -> p.overlaps(n));
            if (!covered) {
                ActorRef ref = new ActorRef(doc.slice(n.start(), n.end()), null, null, null, null, null, n.start(), n.end());
                nameActors.add(new Mention(MentionTypes.ACTOR, n.start(), n.end(), n.firstToken(), n.endToken(), ref,
                        java.util.Map.of("kind", "name", "bare_role", Boolean.FALSE)));
            }
        }
        return nameActors;
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

    /** A place name with nothing fused before it and no article: it may be a noun counted by a number before it. */
    private boolean countedNoun(Mention place) {
        String norm = tokens.get(place.firstToken()).norm();
        return place.attrs().get("proclitic") == null && !norm.startsWith("ال");
    }

    /** True when the token lies inside a time expression. */
    public boolean inDate(int i) {
        for (Mention d : dates) if (d.firstToken() <= i && i < d.endToken()) return true;
        return false;
    }

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
