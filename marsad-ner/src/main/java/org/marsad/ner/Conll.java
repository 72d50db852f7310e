package org.marsad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the CoNLL column format: one token a line, the token in the first column
 * and its label in the last (when there is more than one column), a blank line between
 * sentences. Columns are split on tabs or spaces; "-DOCSTART-" lines are skipped.
 */
public final class Conll {
    private Conll() {}

    public static List<ConllSentence> read(Path path) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /** Sentences in file order; a sentence is labelled only when every one of its lines has a label column. */
    public static List<ConllSentence> read(Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<ConllSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        boolean allLabelled = true;
        String line;
        while ((line = in.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(out, tokens, labels, allLabelled);
                allLabelled = true;
                continue;
            }
            String[] cols = trimmed.split("[\t ]+");
            if (cols[0].equals("-DOCSTART-")) continue;
            tokens.add(cols[0]);
            if (cols.length > 1) labels.add(cols[cols.length - 1]);
            else allLabelled = false;
        }
        flush(out, tokens, labels, allLabelled);
        return out;
    }

    private static void flush(List<ConllSentence> out, List<String> tokens, List<String> labels, boolean allLabelled) {
        if (!tokens.isEmpty()) out.add(new ConllSentence(tokens, allLabelled ? labels : null));
        tokens.clear();
        labels.clear();
    }

    /** Writes "token TAB label" lines, a blank line after each sentence. */
    public static void write(Writer out, List<String> tokens, List<String> labels) throws IOException {
        for (int i = 0; i < tokens.size(); i++) {
            out.write(tokens.get(i));
            out.write('\t');
            out.write(labels.get(i));
            out.write('\n');
        }
        out.write('\n');
    }

    public static void write(Writer out, List<ConllSentence> sentences) throws IOException {
        for (ConllSentence s : sentences) write(out, s.tokens(), s.labels());
    }
}
