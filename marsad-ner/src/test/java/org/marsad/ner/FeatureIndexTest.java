package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureIndexTest {
    @Test
    void findsEveryNameAndNothingElse() {
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < 20_000; i++) names.put("w=" + i, i);
        names.put("", 20_000);
        FeatureIndex index = new FeatureIndex(names);
        names.forEach((name, id) -> assertEquals(id, index.get(name), name));
        for (int i = 20_000; i < 40_000; i++) assertEquals(-1, index.get("w=" + i));
        assertEquals(-1, index.get("c=1"));
    }

    @Test
    void anEmptyIndexKnowsNothing() {
        assertEquals(-1, new FeatureIndex(Map.of()).get("w=x"));
    }
}
