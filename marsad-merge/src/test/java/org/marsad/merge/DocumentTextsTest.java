package org.marsad.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.record.RecordJson;

class DocumentTextsTest {
    @TempDir
    Path dir;

    @Test
    void clustersCopiesInADocumentFileAndSkipsBadLines() throws Exception {
        String wire = "أعلنت وزارة الداخلية أن ثلاثة من رجال الأمن قتلوا في هجوم على نقطة تفتيش في المنطقة الجنوبية "
                + "وأن قوات الأمن ألقت القبض على اثنين من المشتبه بهم بعد تبادل لإطلاق النار استمر ساعة";
        Path docs = dir.resolve("docs.jsonl");
        Files.write(docs, List.of(
                RecordJson.MAPPER.writeValueAsString(Map.of("id", "b", "text", wire)),
                "{oops",
                RecordJson.MAPPER.writeValueAsString(Map.of("id", "a", "text", "نقلا عن وكالة الأنباء: " + wire)),
                RecordJson.MAPPER.writeValueAsString(Map.of("id", "c", "text", "خبر آخر لا علاقة له بالهجوم عن افتتاح معرض الكتاب في العاصمة بمشاركة مئات الناشرين"))),
                StandardCharsets.UTF_8);
        Map<String, String> clusters = DocumentTexts.copyClusters(docs, null, MergeConfig.DEFAULT);
        assertEquals("a", clusters.get("a"));
        assertEquals("a", clusters.get("b"));
        assertEquals("c", clusters.get("c"));
        assertEquals(Set.of("a", "b"), DocumentTexts.copyClusters(docs, Set.of("a", "b"), MergeConfig.DEFAULT).keySet());
    }
}
