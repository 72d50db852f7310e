package org.marsad.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {
    private static final String WIRE = "صرح المتحدث الأمني لوزارة الداخلية بأنه عند الساعة العاشرة من صباح اليوم الجمعة "
            + "تعرض مركز حدودي في منطقة جازان لقذائف عسكرية كثيفة من داخل الأراضي اليمنية، حيث تم التعامل مع الموقف "
            + "بما يقتضيه، وقد نتج عن ذلك استشهاد ثلاثة من رجال حرس الحدود وإصابة سبعة آخرين نقلوا إلى المستشفى لتلقي العلاج، "
            + "وأكد المتحدث أن الجهات المختصة تواصل متابعة الموقف على مدار الساعة.";

    @Test
    void republishedWireStoryWithSmallEditsIsACopy() {
        String edited = "واس - " + WIRE.replace("أُصيب", "أصيب").replace("الجمعة", "الجمعة الماضي")
                .replace("على مدار الساعة.", "");
        String diacritised = WIRE.replace("استشهاد", "اسْتِشْهاد").replace("الأمني", "الأمنيّ");
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("b", WIRE);
        docs.put("a", edited);
        docs.put("c", diacritised);
        docs.put("d", "أعلن الجيش التركي مقتل ثلاثة جنود أمس حين فتح مسلحون النار على قافلة عسكرية في جنوب شرق البلاد، "
                + "وقال بيان الجيش إن عملية واسعة بدأت لملاحقة المهاجمين في المنطقة الجبلية القريبة من الحدود.");
        Map<String, String> clusters = CopyDetector.detect(docs, MergeConfig.DEFAULT);
        assertEquals("a", clusters.get("a"));
        assertEquals("a", clusters.get("b"), "cluster id is the smallest document id");
        assertEquals("a", clusters.get("c"));
        assertEquals("d", clusters.get("d"));
    }

    @Test
    void similarityEstimatesShingleOverlap() {
        CopyDetector d = new CopyDetector(MergeConfig.DEFAULT);
        d.add("x", WIRE);
        d.add("y", WIRE);
        d.add("z", "خبر مختلف تماما عن مباراة كرة القدم التي جرت مساء أمس في الملعب الكبير بحضور آلاف المشجعين");
        assertEquals(1.0, d.similarity("x", "y"));
        assertTrue(d.similarity("x", "z") < 0.2);
        assertEquals(0.0, d.similarity("x", "missing"));
    }

    @Test
    void thresholdIsConfigurable() {
        String longer = WIRE + " وفي سياق آخر أعلنت الهيئة العامة للأرصاد عن موجة حر تضرب المنطقة الشرقية خلال الأيام المقبلة مع ارتفاع في نسبة الرطوبة";
        Map<String, String> docs = Map.of("a", WIRE, "b", longer);
        assertNotEquals(CopyDetector.detect(docs, MergeConfig.DEFAULT.withCopyJaccard(0.95)).get("b"), "a");
        assertEquals("a", CopyDetector.detect(docs, MergeConfig.DEFAULT.withCopyJaccard(0.5)).get("b"));
    }

    @Test
    void shortAndEmptyTextsAreHandled() {
        assertEquals(1, Shingles.hashes("انفجار", 5).length);
        assertEquals(0, Shingles.hashes("  ...  ", 5).length);
        Map<String, String> clusters = CopyDetector.detect(Map.of("e", ""), MergeConfig.DEFAULT);
        assertTrue(clusters.isEmpty());
    }
}
