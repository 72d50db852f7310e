package org.marsad.ner;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.ArabicNormalizer;

/** Development tool: counts of word cores in the head (first 90%) of a CoNLL file. Args: CONLL */
public final class DevHeadCores {
    public static void main(String[] args) throws Exception {
        List<ConllSentence> head = HeldOutSplit.head(Conll.read(Path.of(args[0])), args.length > 1 ? Double.parseDouble(args[1]) : 0.1);
        Map<String, Integer> c = new HashMap<>();
        for (ConllSentence s : head) for (String w : s.tokens()) c.merge(WordView.coreOf(ArabicNormalizer.normalize(w)), 1, Integer::sum);
        c.forEach((k, v) -> System.out.println(k + "\t" + v));
    }
}
