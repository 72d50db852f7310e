package org.marsad.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.marsad.arabic.Tokenizer;
import org.marsad.core.Token;

/** Development tool: tags unlabelled news with a model and counts, per word core, the types it was given. Args: JSONL.GZ MODEL OUT.tsv */
public final class DevAutoLabels {
    static final String[] TYPES = {"O", "PER", "LOC", "ORG", "MISC"};
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Tokenizer tokenizer = new Tokenizer();
        NameTagger tagger = NameTagger.load(Path.of(args[1]));
        Map<String, long[]> counts = new HashMap<>(1 << 20);
        long n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode text = json.readTree(line).get("text");
                if (text == null) continue;
                List<List<String>> sents = new ArrayList<>();
                List<List<Token>> toks = new ArrayList<>();
                for (String para : text.asText().split("\n")) {
                    List<Token> ts = tokenizer.tokenize(para, 0, para.length(), 0);
                    if (ts.isEmpty()) continue;
                    List<String> w = new ArrayList<>();
                    for (Token t : ts) w.add(t.surface());
                    sents.add(w); toks.add(ts);
                }
                List<List<String>> labels = tagger.tagDocument(sents);
                for (int s = 0; s < sents.size(); s++) {
                    for (int i = 0; i < sents.get(s).size(); i++) {
                        Token t = toks.get(s).get(i);
                        if (t.kind() != Token.Kind.WORD) continue;
                        String core = WordView.coreOf(t.norm());
                        if (core.isEmpty()) continue;
                        String l = labels.get(s).get(i);
                        int k = 0;
                        if (!l.equals("O")) { String ty = l.substring(2); for (int j = 1; j < TYPES.length; j++) if (TYPES[j].equals(ty)) k = j; }
                        counts.computeIfAbsent(core, c -> new long[TYPES.length])[k]++;
                    }
                }
                if (++n % 5000 == 0) System.err.println(n + " articles");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]))) {
            for (var e : counts.entrySet()) {
                long[] c = e.getValue();
                StringBuilder sb = new StringBuilder(e.getKey());
                for (long x : c) sb.append('\t').append(x);
                out.write(sb.append('\n').toString());
            }
        }
    }
}
