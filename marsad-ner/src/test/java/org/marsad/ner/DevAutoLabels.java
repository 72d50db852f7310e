package org.marsad.ner;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.Token;

/** Development tool: tags unlabelled news with a model and counts, per word core, the types it was given. Args: JSONL.GZ MODEL OUT.tsv */
public final class DevAutoLabels {
    static final String[] TYPES = {"O", "PER", "LOC", "ORG", "MISC"};

    public static void main(String[] args) throws Exception {
        NameTagger tagger = NameTagger.load(Path.of(args[1]));
        Map<String, long[]> counts = new HashMap<>(1 << 20);
        long[] n = {0};
        DevNews.forEachArticle(Path.of(args[0]), paragraphs -> {
            List<List<String>> sentences = new ArrayList<>();
            for (List<Token> paragraph : paragraphs) sentences.add(paragraph.stream().map(Token::surface).toList());
            List<List<String>> labels = tagger.tagDocument(sentences);
            for (int s = 0; s < paragraphs.size(); s++) {
                for (int i = 0; i < paragraphs.get(s).size(); i++) {
                    Token t = paragraphs.get(s).get(i);
                    if (t.kind() != Token.Kind.WORD) continue;
                    String core = WordView.coreOf(t.norm());
                    if (!core.isEmpty()) counts.computeIfAbsent(core, c -> new long[TYPES.length])[typeOf(labels.get(s).get(i))]++;
                }
            }
            if (++n[0] % 5000 == 0) System.err.println(n[0] + " articles");
        });
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]))) {
            for (var e : counts.entrySet()) {
                StringBuilder sb = new StringBuilder(e.getKey());
                for (long x : e.getValue()) sb.append('\t').append(x);
                out.write(sb.append('\n').toString());
            }
        }
    }

    /** The index in {@link #TYPES} of a BIO label's type (0 for outside). */
    private static int typeOf(String label) {
        if (label.equals("O")) return 0;
        String type = label.substring(2);
        for (int j = 1; j < TYPES.length; j++) if (TYPES[j].equals(type)) return j;
        return 0;
    }
}
