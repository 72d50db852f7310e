package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Sentences from ANERcorp (the held-out tail and the training part). */
class ConjoinedNamesTest {
    private static String[] split(String text, String... labels) {
        WordView[] views = WordView.ofAll(text.split(" "), Gazetteer.shared());
        String[] out = labels.clone();
        ConjoinedNames.split(views, out);
        return out;
    }

    @Test
    void twoPersonsJoinedByAndAreTwoNames() {
        assertArrayEquals(new String[] {"B-PER", "I-PER", "B-PER", "I-PER", "I-PER"},
                split("وغادة عادل وياسمين عبد العزيز", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER"));
        assertArrayEquals(new String[] {"O", "B-PER", "I-PER", "B-PER", "I-PER", "I-PER"},
                split("الفيلسوفان أندريه غلوكسمان وبرنار هنري ليفي", "O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER"));
    }

    @Test
    void twoCompaniesJoinedByAndAreTwoNames() {
        assertArrayEquals(new String[] {"O", "B-ORG", "B-ORG", "I-ORG"},
                split("شركتي تويوتا وجنرال موتورز", "O", "B-ORG", "I-ORG", "I-ORG"));
    }

    @Test
    void aJoinedWordWithTheArticleAndAForeignNameWithALeadingWawStayInTheName() {
        assertArrayEquals(new String[] {"B-ORG", "I-ORG", "I-ORG"},
                split("المجلس الاقتصادي والاجتماعي", "B-ORG", "I-ORG", "I-ORG"));
        // from the news: the university's name holds "and technology"
        assertArrayEquals(new String[] {"B-ORG", "I-ORG", "I-ORG", "I-ORG"},
                split("جامعة بيونجيانج للعلوم والتكنولوجيا", "B-ORG", "I-ORG", "I-ORG", "I-ORG"));
        assertArrayEquals(new String[] {"B-PER", "I-PER"}, split("أوبرا وينفري", "B-PER", "I-PER"));
    }

    @Test
    void placesAndOtherNamesAreLeftAlone() {
        assertArrayEquals(new String[] {"O", "B-LOC", "I-LOC"}, split("في شبعا وكفركلا", "O", "B-LOC", "I-LOC"));
    }
}
