package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.record.PlaceRef;

class PartsOfCountriesTest {
    private static List<PlaceRef> places(String text) {
        Document d = Shared.annotate(text);
        List<PlaceRef> out = new ArrayList<>();
        for (Mention m : d.mentions()) if (m.type().equals(MentionTypes.PLACE)) out.add(m.value(PlaceRef.class));
        return out;
    }

    private static PlaceRef named(List<PlaceRef> places, String text) {
        return places.stream().filter(p -> p.text().equals(text)).findFirst().orElse(null);
    }

    @Test
    void thePartOfTheCountryTheArticleIsAboutLiesInsideIt() {
        // real article: "في جنوب البلاد" where the article is about Afghanistan
        List<PlaceRef> ps = places("وقتل جندي أميركي برصاص جندي أفغاني صوب سلاحه على المدربين في جنوب البلاد.");
        PlaceRef south = named(ps, "جنوب البلاد");
        assertNotNull(south, ps.toString());
        assertEquals("AFG", south.country());
        assertEquals("southern Afghanistan", south.name());
        assertEquals("region", south.precision());
        assertNull(south.geonameId());
        // south of the country's centre (33, 65), still inside it
        assertTrue(south.lat() < 33 && south.lat() > 29.5, south.toString());
        assertEquals(65.0, south.lon(), 0.01);
    }

    @Test
    void aNamedCountryTakesItsOwnParts() {
        PlaceRef nw = named(places("وتراجعت الهجمات في شمال غرب سوريا خلال الأسبوع الماضي."), "شمال غرب سوريا");
        assertNotNull(nw);
        assertEquals("north-western Syria", nw.name());
        assertTrue(nw.lat() > 35 && nw.lon() < 38, nw.toString());
    }

    @Test
    void aDirectionAfterACityOnlySaysWhereTheCityLies() {
        // "نانت غربي فرنسا": the city is the place
        List<PlaceRef> ps = places("قتل شاب برصاص شرطي في مدينة نانت غربي فرنسا.");
        assertNull(named(ps, "غربي فرنسا"), ps.toString());
        // "وسط عمان": the capital of Jordan, not central Oman
        List<PlaceRef> amman = places("تجمع نحو ألفي شخص قرب مبنى رئاسة الوزراء في وسط عمان مساء الاثنين.");
        assertNull(named(amman, "وسط عمان"), amman.toString());
    }

    @Test
    void theCentreOfACountryIsItsCentroidAndDirectionsReachAShareOfItsSize() {
        Direction north = Direction.of("N", "northern");
        double[] p = north.point(0, 10, 10_000);
        assertEquals(0.3 * 100 / 111.0, p[0], 0.01);
        assertEquals(10, p[1], 0.001);
        assertEquals(0, Direction.of("C", "central").point(5, 5, 10_000)[0] - 5, 0.001);
    }
}
