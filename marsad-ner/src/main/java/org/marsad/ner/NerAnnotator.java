package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.Annotator;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.Sentence;
import org.marsad.core.Token;
import opennlp.tools.util.Span;

/**
 * Adds a {@link MentionTypes#NAME} mention, valued PER, LOC, ORG or MISC, for each name the
 * statistical recogniser finds. Sentences are tagged in order so later mentions of a name
 * benefit from earlier ones. Holds only the shared immutable tagger: thread-safe.
 */
public final class NerAnnotator implements Annotator {
    public static final String NAMES = "names";

    private final NameTagger tagger;

    public NerAnnotator() { this(NameTagger.shipped()); }

    public NerAnnotator(NameTagger tagger) { this.tagger = tagger; }

    @Override
    public String name() { return "ner"; }

    @Override
    public Set<String> requires() { return Set.of("tokens"); }

    @Override
    public Set<String> provides() { return Set.of(NAMES); }

    @Override
    public void annotate(Document document) {
        List<Token> tokens = document.tokens();
        List<Sentence> sentences = document.sentences();
        List<List<String>> words = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<String> w = new ArrayList<>(s.tokenCount());
            for (int i = s.firstToken(); i < s.endToken(); i++) w.add(tokens.get(i).surface());
            words.add(w);
        }
        List<List<String>> labels = tagger.tagDocument(words);
        for (int k = 0; k < sentences.size(); k++) {
            int first = sentences.get(k).firstToken();
            for (Span span : BioLabels.spans(labels.get(k))) {
                Token a = tokens.get(first + span.getStart()), b = tokens.get(first + span.getEnd() - 1);
                document.addMention(new Mention(MentionTypes.NAME, a.start(), b.end(), a.index(), b.index() + 1,
                        span.getType(), Map.of()));
            }
        }
    }

    /**
     * The names in one sentence, tagged on their own (without the memory of earlier sentences):
     * for callers that need names only where an event lacks a known actor.
     */
    public List<Mention> sentenceNames(Document document, Sentence sentence) {
        List<Token> tokens = document.tokens();
        List<String> w = new ArrayList<>(sentence.tokenCount());
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) w.add(tokens.get(i).surface());
        List<Mention> out = new ArrayList<>();
        for (Span span : BioLabels.spans(tagger.tag(w))) {
            Token a = tokens.get(sentence.firstToken() + span.getStart()), b = tokens.get(sentence.firstToken() + span.getEnd() - 1);
            out.add(new Mention(MentionTypes.NAME, a.start(), b.end(), a.index(), b.index() + 1, span.getType(), Map.of()));
        }
        return out;
    }
}
