package org.marsad.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Development harness (not a test): model load time and single-thread tagging speed over a CoNLL file. */
public final class DevSpeed {
    public static void main(String[] args) throws Exception {
        List<ConllSentence> data = Conll.read(Path.of(args[0]));
        List<List<String>> doc = new ArrayList<>();
        int tokens = 0;
        for (ConllSentence s : data) { doc.add(s.tokens()); tokens += s.size(); }
        long t0 = System.nanoTime();
        NameTagger tagger = args.length > 1 ? NameTagger.load(Path.of(args[1])) : NameTagger.shipped();
        Gazetteer.shared();
        long t1 = System.nanoTime();
        System.out.printf("load %.0f ms, %d features%n", (t1 - t0) / 1e6, tagger.model().featureCount());
        for (int warm = 0; warm < 2; warm++) tagger.tagDocument(doc);
        // CPU time of this thread as well as wall time: on a shared machine the wall time also
        // counts the time other processes held the core
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE, bestCpu = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long a = System.nanoTime(), c = cpu.getCurrentThreadCpuTime();
            tagger.tagDocument(doc);
            best = Math.min(best, System.nanoTime() - a);
            bestCpu = Math.min(bestCpu, cpu.getCurrentThreadCpuTime() - c);
        }
        System.out.printf("%d tokens, best of 5: %.0f tokens/s on one thread (wall), %.0f tokens/s (thread CPU time)%n",
                tokens, tokens / (best / 1e9), tokens / (bestCpu / 1e9));
    }
}
