package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sentences from the held-out tail of ANERcorp. */
class QuotedTitlesTest {
    /** The names (as "words=TYPE") after the rule, given the tagger's labels (all outside when none). */
    private static List<String> names(String text, String... labels) {
        String[] tokens = text.split(" ");
        String[] l = new String[tokens.length];
        java.util.Arrays.fill(l, "O");
        System.arraycopy(labels, 0, l, 0, labels.length);
        QuotedTitles.shared().label(new TokenFeatures(tokens, Gazetteer.shared(), Set.of()), l);
        return java.util.Arrays.stream(BioLabels.spans(List.of(l)))
                .map(s -> String.join(" ", List.of(tokens).subList(s.getStart(), s.getEnd())) + "=" + s.getType()).toList();
    }

    @Test
    void aProgrammeTitleInQuotesIsOneMisc() {
        assertEquals(List.of("الناس وأنا=MISC"), names("اخيرا على برنامج « الناس وأنا » حيث وجده"));
        assertEquals(List.of("الدماغ فيها إيه=MISC"), names("برنامجا تليفزيونيا بعنوان « الدماغ فيها إيه » ."));
        assertEquals(List.of("حور الدنيا=MISC"), names("رمضان ببرنامج جديد « حور الدنيا » ويذاع على"));
    }

    @Test
    void aNewspaperOrChannelInQuotesIsOneOrganisation() {
        assertEquals(List.of("تي في 5=ORG"), names("اشارت امس قناة \" تي في 5 \" الفرنسية لوكالة"));
    }

    @Test
    void theTaggersLabelsInsideAreReplacedAndTheClosingMarkLeftOut() {
        assertEquals(List.of("حور الدنيا=MISC"), names("عرض برنامج « حور الدنيا » ويذاع", "O", "O", "O", "B-PER", "I-PER", "O"));
        assertEquals(List.of("حكايات=MISC", "حيث=LOC"), names("عرض برنامج « حكايات » حيث", "O", "O", "O", "B-LOC", "I-LOC", "I-LOC"));
    }

    @Test
    void quotationsAfterOtherWordsAndLongQuotedSpeechAreLeftToTheTagger() {
        assertEquals(List.of(), names("وقال الوزير « لن نتراجع » أمس"));
        assertEquals(List.of(), names("بعنوان « هذا كلام طويل جدا لا يمكن أن يكون عنوانا لبرنامج » ."));
    }
}
