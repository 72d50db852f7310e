package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.RecordJson;
import org.marsad.merge.MergedEvent;

class RecordSchemaTest {
    @Test
    void everyFieldOfTheRecordJsonIsAColumnUnderItsJsonName() throws Exception {
        EventRecord full = FakeExtractor.fullRecord("d1", "r1", "2023-07-12");
        JsonNode json = RecordJson.MAPPER.readTree(RecordJson.write(full));
        StructType schema = RecordSchema.of(EventRecord.class);
        assertEquals(names(json), List.of(schema.fieldNames()));
        assertCovers(schema, json);
    }

    @Test
    void typesFollowTheJavaTypes() {
        StructType schema = RecordSchema.of(EventRecord.class);
        assertEquals(DataTypes.DoubleType, schema.apply("confidence").dataType());
        assertEquals(DataTypes.createArrayType(DataTypes.StringType, true), schema.apply("context").dataType());
        StructType location = (StructType) schema.apply("location").dataType();
        assertEquals(DataTypes.LongType, location.apply("geonameid").dataType());
        assertEquals(DataTypes.IntegerType, location.apply("start").dataType());
        assertTrue(schema.apply("locations").dataType() instanceof ArrayType);
    }

    @Test
    void mergedEventsKeepFreeFormValuesAsJsonText() {
        StructType schema = RecordSchema.of(MergedEvent.class);
        assertEquals("event_id", schema.fieldNames()[0]);
        DataType size = schema.apply("size").dataType();
        assertEquals(DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), size);
        assertTrue(size instanceof MapType);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Every key of the schema's structs is a key of the JSON, at every depth. */
    private static void assertCovers(StructType schema, JsonNode json) {
        for (StructField f : schema.fields()) {
            assertTrue(json.has(f.name()), "JSON has " + f.name());
            JsonNode v = json.get(f.name());
            DataType t = f.dataType();
            if (t instanceof StructType s && v.isObject()) assertCovers(s, v);
            if (t instanceof ArrayType a && a.elementType() instanceof StructType s) {
                for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) assertCovers(s, it.next());
            }
        }
    }
}
