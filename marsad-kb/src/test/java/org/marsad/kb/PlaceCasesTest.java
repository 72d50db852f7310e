package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.PhraseIndex;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.record.PlaceRef;

class PlaceCasesTest {
    @Test
    void resolvesPlacesInRunningSentences() {
        List<String> failures = new ArrayList<>();
        List<String[]> cases = Shared.cases("places.tsv");
        for (String[] c : cases) {
            Document d = Shared.annotate(c[0]);
            String want = PhraseIndex.bare(ArabicNormalizer.normalize(c[2]));
            boolean ok = false;
            List<String> got = new ArrayList<>();
            for (Mention m : d.mentions()) {
                if (!m.type().equals(MentionTypes.PLACE)) continue;
                PlaceRef p = m.value(PlaceRef.class);
                got.add(p.text() + "=" + p.name() + "/" + p.country());
                if (ArabicNormalizer.normalize(p.text()).contains(want) && c[1].equals(p.country()) && p.lat() != null) ok = true;
            }
            if (!ok) failures.add(c[2] + " " + c[1] + " -> " + got);
        }
        assertTrue(cases.size() >= 300);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " failed:\n" + String.join("\n", failures));
    }

    /** Pronoun suffixes and frequent ordinary words are not read as places. */
    @Test
    void leavesOrdinaryWordsAlone() {
        List<String> failures = new ArrayList<>();
        for (String[] c : Shared.cases("not_places.tsv")) {
            Document d = Shared.annotate(c[0]);
            for (Mention m : d.mentions()) {
                if (!m.type().equals(MentionTypes.PLACE)) continue;
                PlaceRef p = m.value(PlaceRef.class);
                if (p.text().equals(c[1])) failures.add(c[1] + " -> " + p.name() + "/" + p.country());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
