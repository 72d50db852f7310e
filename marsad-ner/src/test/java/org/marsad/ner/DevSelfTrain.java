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
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.marsad.arabic.SentenceSplitter;
import org.marsad.arabic.Tokenizer;
import org.marsad.core.Token;

/**
 * Development tool (not a test) for self-training: tags unlabelled news with two models trained
 * on the same labelled text with different seeds and writes, as CoNLL, the sentences on which
 * both agree and that hold at least one name.
 * Arguments: NEWS.jsonl.gz MODEL_A MODEL_B OUT.conll MAX_ARTICLES [EVERY_NTH_ARTICLE]
 */
public final class DevSelfTrain {
    public static void main(String[] args) throws Exception {
        NameTagger a = NameTagger.load(Path.of(args[1])), b = NameTagger.load(Path.of(args[2]));
        int maxArticles = Integer.parseInt(args[4]), every = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        ObjectMapper json = new ObjectMapper();
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        int articles = 0, seen = 0, kept = 0, line = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8));
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            String row;
            while ((row = in.readLine()) != null && articles < maxArticles) {
                if (row.isBlank() || line++ % every != 0) continue;
                JsonNode text = json.readTree(row).get("text");
                if (text == null) continue;
                articles++;
                String t = text.asText();
                List<List<String>> doc = new ArrayList<>();
                for (SentenceSplitter.Bounds s : splitter.split(t)) {
                    List<String> toks = new ArrayList<>();
                    for (Token k : tokenizer.tokenize(t, s.start(), s.end(), 0)) toks.add(k.surface());
                    if (toks.size() >= 4 && toks.size() <= 80) doc.add(toks);
                }
                List<List<String>> la = a.tagDocument(doc), lb = b.tagDocument(doc);
                for (int i = 0; i < doc.size(); i++) {
                    seen++;
                    if (!la.get(i).equals(lb.get(i)) || la.get(i).stream().allMatch(BioLabels.OUTSIDE::equals)) continue;
                    for (int k = 0; k < doc.get(i).size(); k++) out.write(doc.get(i).get(k) + "\t" + la.get(i).get(k) + "\n");
                    out.write("\n");
                    kept++;
                }
            }
        }
        System.err.printf("%d articles, %d sentences, %d kept%n", articles, seen, kept);
    }
}
