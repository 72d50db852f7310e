package org.marsad.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ner.Conll;
import org.marsad.ner.ConllSentence;
import org.marsad.ner.NameTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Tags a CoNLL file: the tokens of the first column in, "token TAB label" BIO lines out. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Tag names (PER, LOC, ORG, MISC) in a CoNLL file with the statistical recogniser.")
final class NerCommand implements Callable<Integer> {
    @Option(names = "--conll", required = true, description = "Input: one token a line (first column), blank line between sentences.")
    Path input;

    @Option(names = "--output", required = true, description = "Output: token<TAB>BIO label, a blank line between sentences.")
    Path output;

    @Option(names = "--model", description = "A model from train-ner (default: the shipped model).")
    Path model;

    @Override
    public Integer call() throws Exception {
        NameTagger tagger = model == null ? NameTagger.shipped() : NameTagger.load(model);
        List<ConllSentence> sentences = Conll.read(input);
        List<List<String>> tokens = new ArrayList<>();
        for (ConllSentence s : sentences) tokens.add(s.tokens());
        // the file is read as one running text: names found earlier inform later sentences
        List<List<String>> labels = tagger.tagDocument(tokens);
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int i = 0; i < tokens.size(); i++) Conll.write(out, tokens.get(i), labels.get(i));
        }
        return 0;
    }
}
