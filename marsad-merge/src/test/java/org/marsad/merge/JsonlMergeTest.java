package org.marsad.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.marsad.core.record.RecordJson;

class JsonlMergeTest {
    @Test
    void badLinesAreReportedWithTheirNumberAndSkipped() throws Exception {
        String good1 = RecordJson.write(Records.assault("r1", "d1", "A", "2018-06-06").build());
        String good2 = RecordJson.write(Records.assault("r2", "d2", "B", "2018-06-06").build());
        String input = good1 + "\n{not json\n\n" + "{\"doc_id\": \"x\"}\n" + good2 + "\n";
        StringWriter out = new StringWriter();
        JsonlMerge.Result r = new JsonlMerge(new EventMerger(MergeConfig.DEFAULT))
                .run(new BufferedReader(new StringReader(input)), out, null);
        assertEquals(2, r.records());
        assertEquals(1, r.events());
        assertEquals(2, r.badLines().size());
        assertEquals(2, r.badLines().get(0).line());
        assertEquals(4, r.badLines().get(1).line());
        assertTrue(r.badLines().get(1).toString().startsWith("line 4: "));
        String[] lines = out.toString().split("\n");
        assertEquals(1, lines.length);
        assertTrue(lines[0].startsWith("{\"event_id\":\"m-"), lines[0]);
        assertTrue(lines[0].contains("\"mentions\":[\"r1\",\"r2\"]"));
    }
}
