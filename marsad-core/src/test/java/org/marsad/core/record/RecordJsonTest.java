package org.marsad.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The record JSON carries exactly the contract's fields, in its order, nulls written out. */
class RecordJsonTest {
    @Test
    void sizeHasOnlyTheContractFields() {
        String json = RecordJson.write(new Size(5, null, null, null, List.of()));
        assertEquals("{\"dead\":5,\"injured\":null,\"arrested\":null,\"participants\":null,\"approximate\":[]}", json);
    }

    @Test
    void recordRoundTripsAndKeepsFieldOrder() {
        EventRecord.Builder b = EventRecord.builder();
        b.id = "abc";
        b.docId = "d1";
        b.event = "ASSAULT";
        b.trigger = new TextSpan(0, 3, "قتل");
        b.evidence = new TextSpan(0, 10, "قتل خمسة ");
        b.engine = "marsad test";
        EventRecord r = b.build();
        String json = RecordJson.write(r);
        assertTrue(json.startsWith("{\"id\":\"abc\",\"doc_id\":\"d1\",\"source\":null"), json);
        assertTrue(json.indexOf("\"attribution\"") < json.indexOf("\"status\""));
        assertFalse(json.contains("\"empty\""));
        assertEquals(r, RecordJson.read(json));
    }
}
