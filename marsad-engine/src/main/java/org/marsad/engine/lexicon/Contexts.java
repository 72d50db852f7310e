package org.marsad.engine.lexicon;

import java.util.List;
import java.util.TreeSet;
import org.marsad.arabic.PhraseIndex;
import org.marsad.arabic.Tsv;
import org.marsad.core.Token;

/**
 * PLOVER contexts (contexts.tsv): the domain an event belongs to ("election", "terrorism",
 * "migration" ...), read from the words of its sentence, so users can select, say, the protests
 * about prices apart from those about an election.
 */
public final class Contexts {
    private final PhraseIndex<String> index = new PhraseIndex<>();

    public Contexts() {
        for (Tsv.Row row : Tsv.resource(Contexts.class, "/org/marsad/engine/contexts.tsv")) index.add(row.col(1), row.col(0));
    }

    /** The contexts named in tokens [from, to), in alphabetical order, or null when none. */
    public List<String> in(List<Token> tokens, int from, int to) {
        TreeSet<String> found = new TreeSet<>();
        for (int i = from; i < to; i++) {
            for (PhraseIndex.Match<String> m : index.matchesAt(tokens, i, to)) found.add(m.value());
        }
        return found.isEmpty() ? null : List.copyOf(found);
    }
}
