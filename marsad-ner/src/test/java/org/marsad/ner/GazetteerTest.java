package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.shared();

    @Test
    void theKnowledgeBasesPersonsAreAList() {
        // a short form the knowledge base lists for a person, and a full name as a phrase
        assertTrue(gazetteer.lists("ترامب").contains("PERSON"), gazetteer.lists("ترامب"));
        assertTrue(gazetteer.phrasesStartingWith("دونالد").stream().anyMatch(p -> p.list().equals("PERSON")));
    }

    @Test
    void aListedFullNameMarksItsWordsBeginningAndInside() {
        TokenFeatures tf = new TokenFeatures(new String[] {"وقال", "دونالد", "ترامب", "إن"}, gazetteer, Set.of());
        List<String> first = Arrays.asList(tf.features(1)), second = Arrays.asList(tf.features(2));
        assertTrue(first.contains("gm=PERSON-B"), first.toString());
        assertTrue(second.contains("gm=PERSON-I"), second.toString());
    }

    @Test
    void aWordIsViewedOnceWithTheSharedListsAndKeepsItsOwnFeatures() {
        WordView v = WordView.of("والرئيس", gazetteer);
        assertSame(v, WordView.of("والرئيس", gazetteer));
        assertArrayEquals(new WordView("والرئيس", gazetteer).ownFeatures(), v.ownFeatures());
        assertTrue(Arrays.asList(v.ownFeatures()).contains("art"));
    }
}
