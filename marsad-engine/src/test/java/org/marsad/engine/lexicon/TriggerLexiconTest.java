package org.marsad.engine.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.PhraseIndex;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.arabic.Tsv;
import org.marsad.core.Document;

class TriggerLexiconTest {
    private static final String FILE = "/org/marsad/engine/triggers.tsv";

    private static List<String> verb(String spec) {
        return TriggerLexicon.forms("V", spec, 1);
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource({
            // perfect: the bare stem and its subject suffixes
            "اعتقل|عتقل, اعتقل", "اعتقل|عتقل, اعتقلت", "اعتقل|عتقل, اعتقلوا", "اعتقل|عتقل, اعتقلا", "اعتقل|عتقل, اعتقلنا",
            // imperfect: person prefix + stem + number suffix
            "اعتقل|عتقل, يعتقل", "اعتقل|عتقل, تعتقل", "اعتقل|عتقل, نعتقل", "اعتقل|عتقل, يعتقلون", "اعتقل|عتقل, يعتقلان",
            // a perfect in ى/ي drops it before a suffix ("نفت") and keeps the imperfect stem ("ينفي")
            "نفى|نفي, نفي", "نفى|نفي, نفت", "نفى|نفي, نفوا", "نفى|نفي, ينفي", "نفى|نفي, تنفي",
            "دعا|دعو, دعا", "دعا|دعو, يدعو", "دعا|دعو, يدعون",
    })
    void verbEntriesInflect(String spec, String form) {
        assertTrue(verb(spec).contains(ArabicNormalizer.normalize(form)), spec + " -> " + verb(spec));
    }

    @Test
    void aVerbWithoutImperfectStemListsThePerfectOnly() {
        List<String> forms = verb("استهدف|-");
        assertTrue(forms.contains(ArabicNormalizer.normalize("استهدفت")), forms.toString());
        assertTrue(forms.stream().noneMatch(f -> f.startsWith("ي") || f.startsWith("ت")), forms.toString());
    }

    @Test
    void multiwordVerbsInflectTheirFirstWordOnly() {
        List<String> forms = verb("أطلق النار|طلق النار");
        String fire = " " + ArabicNormalizer.normalize("النار");
        for (String f : List.of("اطلق", "اطلقت", "اطلقوا", "يطلق", "تطلق", "يطلقون")) {
            assertTrue(forms.contains(ArabicNormalizer.normalize(f) + fire), f + " النار missing from " + forms);
        }
        for (String f : forms) {
            assertTrue(f.endsWith(fire), "only the first word inflects: " + f);
            assertEquals(2, f.split(" ").length, f);
        }
    }

    @Test
    void nounEntriesAreTakenAsWritten() {
        assertEquals(List.of("مقتل", "قتلى", "قتيل"), TriggerLexicon.forms("N", "مقتل,قتلى, قتيل", 1));
        assertEquals(List.of("إطلاق النار", "إطلاق نار"), TriggerLexicon.forms("N", "إطلاق النار,إطلاق نار,", 1));
    }

    @Test
    void malformedLinesAreRejectedWithTheirLineNumber() {
        IllegalArgumentException noBar = assertThrows(IllegalArgumentException.class, () -> TriggerLexicon.forms("V", "اعتقل", 17));
        assertTrue(noBar.getMessage().contains("line 17"), noBar.getMessage());
        IllegalArgumentException badKind = assertThrows(IllegalArgumentException.class, () -> TriggerLexicon.forms("X", "اعتقال", 23));
        assertTrue(badKind.getMessage().contains("line 23") && badKind.getMessage().contains("'X'"), badKind.getMessage());
        IllegalArgumentException noEvent = assertThrows(IllegalArgumentException.class,
                () -> new TriggerLexicon(List.of(new Tsv.Row(42, new String[] {"N", "هجوم", "", "-", "-", ""}))));
        assertTrue(noEvent.getMessage().contains("line 42"), noEvent.getMessage());
    }

    @Test
    void everyLineOfTheBundledLexiconLoads() {
        List<Tsv.Row> rows = Tsv.resource(TriggerLexicon.class, FILE);
        assertTrue(rows.size() > 200, "rows: " + rows.size());
        List<String> problems = new ArrayList<>();
        for (Tsv.Row r : rows) {
            if (r.cols().length < 5) problems.add("line " + r.line() + ": " + r.cols().length + " columns");
            try {
                if (TriggerLexicon.forms(r.col(0), r.col(1), r.line()).isEmpty()) problems.add("line " + r.line() + ": no forms");
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(new TriggerLexicon().index().size() > rows.size());
    }

    @Test
    void everyEventTypeIsAPloverType() {
        PloverTypes types = new PloverTypes();
        List<String> problems = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource(TriggerLexicon.class, FILE)) {
            String event = r.col(2);
            if (event.equals(Trigger.NONE)) continue;
            try {
                PloverTypes.Type t = types.get(event);
                if (t.quad().isEmpty() || t.family().isEmpty()) problems.add("line " + r.line() + ": " + event + " lacks quad or family");
            } catch (IllegalArgumentException e) {
                problems.add("line " + r.line() + ": " + e.getMessage());
            }
            String cameo = r.col(4);
            if (!cameo.equals("-") && !cameo.matches("\\d{3,4}")) problems.add("line " + r.line() + ": CAMEO code '" + cameo + "'");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void flagsAreOnesTheCoderKnows() {
        List<String> known = List.of("speech", "weak", "victim", "denial", "circumstantial", "intransitive", "placenoun", "passive", "noarticle", "comment", "verbal");
        for (Tsv.Row r : Tsv.resource(TriggerLexicon.class, FILE)) {
            for (String f : r.col(5).split(",")) {
                if (!f.isBlank()) assertTrue(known.contains(f.trim()), "line " + r.line() + ": unknown flag " + f);
            }
        }
    }

    @Test
    void unknownPloverTypeIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new PloverTypes().get("RIOT"));
        assertTrue(new PloverTypes().isStatement("ACCUSE"));
        assertFalse(new PloverTypes().isStatement("ASSAULT"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "اعتقلت الشرطة ناشطا, اعتقلت, COERCE",
            "والشرطة تعتقل المتظاهرين, تعتقل, COERCE",
            "أطلق النار على المحتجين, أطلق, ASSAULT",
            "قصفت الطائرات المدينة, قصفت, ASSAULT",
            "وندد الوزير بالهجوم, وندد, ACCUSE",
            "ونفت الحكومة الاتهامات, ونفت, REJECT",
    })
    void inflectedFormsAreFoundInText(String text, String word, String event) {
        Document doc = Document.of("t", text);
        new TextAnalyzer().annotate(doc);
        TriggerLexicon lexicon = new TriggerLexicon();
        List<PhraseIndex.Match<Trigger>> found = lexicon.index().scan(doc.tokens(), 0, doc.tokens().size());
        boolean hit = found.stream().anyMatch(m -> doc.tokens().get(m.firstToken()).surface().equals(word) && m.value().event().equals(event));
        assertTrue(hit, text + ": " + found);
    }
}
