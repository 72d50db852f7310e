package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Sentences from ANERcorp (the held-out tail and the training part). */
class MasculineAdjectivesTest {
    private static String[] relabel(String text, String... labels) {
        WordView[] views = WordView.ofAll(text.split(" "), Gazetteer.shared());
        String[] out = labels.clone();
        MasculineAdjectives.shared().relabel(views, out);
        return out;
    }

    @Test
    void aCityFollowedByAMasculineNationalityIsItsClub() {
        assertArrayEquals(new String[] {"O", "O", "O", "B-ORG", "O"},
                relabel("فوزا صعبا على هامبورغ الالماني", "O", "O", "O", "B-LOC", "O"));
        assertArrayEquals(new String[] {"B-ORG", "O", "O", "B-ORG", "O"},
                relabel("ليل الفرنسي مع ميلان الايطالي", "B-LOC", "O", "O", "B-LOC", "O"));
    }

    @Test
    void aFeminineAdjectiveACommonHomographAndAnAdjectiveWithoutTheArticleLeaveThePlace() {
        assertArrayEquals(new String[] {"O", "B-LOC", "O"}, relabel("مدينة ميلانو الإيطالية", "O", "B-LOC", "O"));
        assertArrayEquals(new String[] {"O", "B-LOC", "O"}, relabel("سوق دبي المالي", "O", "B-LOC", "O"));
        assertArrayEquals(new String[] {"B-LOC", "O", "O"}, relabel("باريس فرنسي الطابع", "B-LOC", "O", "O"));
    }

    @Test
    void aNameWithTheArticleReadAsAPlaceIsLeftAlone() {
        // from the news: a common noun the tagger took for a place
        assertArrayEquals(new String[] {"O", "B-LOC", "O", "O"}, relabel("لصدارة المشهد السعودي عقب", "O", "B-LOC", "O", "O"));
    }
}
