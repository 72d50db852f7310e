package org.marsad.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;
import org.marsad.arabic.Tokenizer;
import org.marsad.core.Token;

/**
 * Development harness (not a test): scores the held-out tail twice, once on the corpus tokens
 * and once on the tokens of our own tokenizer over the same text, comparing entities as
 * character ranges of the sentence text.
 */
public final class DevTokenisation {
    public static void main(String[] args) throws Exception {
        List<ConllSentence> tail = HeldOutSplit.tail(Conll.read(Path.of(args[0])), 0.1);
        NameTagger tagger = NameTagger.load(Path.of(args[1]));
        Tokenizer tokenizer = new Tokenizer();
        int[] corpus = new int[3], ours = new int[3];
        int corpusTokens = 0, ourTokens = 0;
        List<List<String>> corpusDoc = new ArrayList<>(), ourDoc = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<List<Token>> ourTok = new ArrayList<>();
        for (ConllSentence s : tail) {
            String text = String.join(" ", s.tokens());
            texts.add(text);
            corpusDoc.add(s.tokens());
            List<Token> toks = tokenizer.tokenize(text, 0, text.length(), 0);
            ourTok.add(toks);
            List<String> w = new ArrayList<>();
            for (Token t : toks) w.add(t.surface());
            ourDoc.add(w);
            if (System.getProperty("show") != null && !w.equals(s.tokens())) System.out.println(s.tokens() + "\n" + w + "\n");
            corpusTokens += s.size();
            ourTokens += toks.size();
        }
        List<List<String>> corpusLabels = tagger.tagDocument(corpusDoc), ourLabels = tagger.tagDocument(ourDoc);
        for (int k = 0; k < tail.size(); k++) {
            ConllSentence s = tail.get(k);
            int[] starts = new int[s.size()], ends = new int[s.size()];
            for (int i = 0, at = 0; i < s.size(); i++) {
                // a trailing direction mark is not part of the word: our tokens leave it out
                String t = s.tokens().get(i);
                starts[i] = at;
                ends[i] = at + t.replaceAll("[\u200e\u200f]+$", "").length();
                at += t.length() + 1;
            }
            Set<String> gold = ranges(BioLabels.spans(s.labels()), starts, ends);
            count(gold, ranges(BioLabels.spans(corpusLabels.get(k)), starts, ends), corpus);
            List<Token> toks = ourTok.get(k);
            int[] os = new int[toks.size()], oe = new int[toks.size()];
            for (int i = 0; i < toks.size(); i++) { os[i] = toks.get(i).start(); oe[i] = toks.get(i).end(); }
            count(gold, ranges(BioLabels.spans(ourLabels.get(k)), os, oe), ours);
        }
        System.out.printf("corpus tokens %d: F1 %.4f; our tokens %d: F1 %.4f (entities as character ranges)%n",
                corpusTokens, f1(corpus), ourTokens, f1(ours));
    }

    private static Set<String> ranges(Span[] spans, int[] starts, int[] ends) {
        Set<String> out = new HashSet<>();
        for (Span s : spans) out.add(starts[s.getStart()] + ":" + ends[s.getEnd() - 1] + ":" + s.getType());
        return out;
    }

    private static void count(Set<String> gold, Set<String> pred, int[] c) {
        for (String p : pred) c[gold.contains(p) ? 0 : 1]++;
        for (String g : gold) if (!pred.contains(g)) c[2]++;
    }

    private static double f1(int[] c) {
        double p = c[0] / (double) (c[0] + c[1]), r = c[0] / (double) (c[0] + c[2]);
        return 2 * p * r / (p + r);
    }
}
