package org.marsad.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.engine.Engines.describe;
import static org.marsad.engine.Engines.extract;
import static org.marsad.engine.Engines.of;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.core.record.EventRecord;

/**
 * News sentences that use event words without reporting a political event (sport, markets, health,
 * metaphors, anniversaries, agencies named after an act) code no record of that type; real reports
 * next to them still do (nonevent-sentences.tsv).
 */
class NonEventSentencesTest {
    static Stream<Arguments> sentences() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NonEventSentencesTest.class.getResourceAsStream("/org/marsad/engine/nonevent-sentences.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] col = line.split("\t", 3);
                out.add(Arguments.of(col[0], col[1], col[2]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void codesOnlyRealEvents(String expect, String event, String sentence) {
        List<EventRecord> records = extract(sentence);
        boolean found = !of(records, event).isEmpty();
        if (expect.equals("none")) assertTrue(!found, "no " + event + " expected, found " + describe(records));
        else assertTrue(found, event + " expected, found " + describe(records));
    }
}
