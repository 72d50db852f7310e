package org.marsad.engine.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.engine.Engines.describe;
import static org.marsad.engine.Engines.extract;
import static org.marsad.engine.Engines.of;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.core.Document;
import org.marsad.core.Token;
import org.marsad.core.record.EventRecord;
import org.marsad.engine.Engines;

/** What happened and what did not: negation, future, purpose, questions, hypotheticals, stop phrases. */
class StatusReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // negated
            "لم تعتقل الشرطة أي متظاهر في القاهرة. | COERCE",
            "لن تقصف القوات الإسرائيلية قطاع غزة. | ASSAULT",
            "أكد الجيش عدم قصف المدينة. | ASSAULT",
            // future, planned, announced
            "سوف تعتقل الشرطة المتظاهرين في بيروت. | COERCE",
            "يعتزم الجيش الأردني قصف مواقع المسلحين. | ASSAULT",
            "من المقرر أن يلتقي الرئيس المصري نظيره الفرنسي في باريس. | CONSULT",
            "قال الرئيس إن الجيش سيقتل كل من يحمل السلاح. | ASSAULT",
            "وسيعقد الوزيران اجتماعا في عمان الأسبوع المقبل لبحث الأزمة. | CONSULT",
            // purpose
            "أرسلت الحكومة قوات لترحيل المهاجرين من ليبيا. | COERCE",
            // question and condition
            "هل اعتقلت الشرطة المتظاهرين في بغداد؟ | COERCE",
            "إذا هاجم الجيش المدينة فسيقتل المدنيون. | ASSAULT",
            // stop phrases hide the trigger words inside them
            "رفعت السلطات البريطانية مستوى التهديد في لندن. | THREATEN",
            "أصدرت المحكمة لائحة الاتهام في القضية. | ACCUSE",
            "وتقول منظمة العفو الدولية إن الوضع مقلق. | CONCEDE",
            "ووصفت الحكومة الشبان بأنهم مثيرو شغب. | PROTEST",
            "الأمر الذي جعل قوات سوريا الديمقراطية أكثر حذرا. | THREATEN",
            "وفرض مجلس الأمن، بطلب من واشنطن، عقوبات على كوريا الشمالية. | REQUEST",
            "قال التجار إن السلطات فشلت في مواكبة الطلب على العملة الصعبة. | REQUEST",
            "وتابعت الوزيرة: نخوض المعركة ضد الإرهاب والإرهابيين. | ASSAULT",
            // to publish is not to deploy
            "كشف خطاب نشرته صحيفة الغارديان البريطانية عن سياسة الحكومة. | MOBILIZE",
            // a negation before the verb that carries the event noun, however long the subject
            "وأوضح المرصد أنه لم يشن تنظيم داعش هجمات داخل مدينة الرقة منذ أشهر. | ASSAULT",
            // the act an accusation charges someone with is the accusation's content
            "اتهمت منظمة العفو الدولية قائد الجيش و12 ضابطا آخرين بشن \"هجوم ممنهج ومنظم\" ضد أقلية الروهينغا. | ASSAULT",
            // a definite noun and its nationality after a verb-like noun are its object, not a subject
            "يكلف حظر الاستيراد الروسي للسلع الغذائية من الاتحاد الأوروبي قطاع الزراعة الألماني مئات الملايين. | COERCE",
            // a subheading announces what follows
            "غارات تركية | ASSAULT",
            // wishes and demands: the act has not happened
            "وقال أحد المتظاهرين إن الجميع هنا يريدون أن يرحل نتانياهو. | COERCE",
            "وتابع نريده أن يستقيل أو أن يترك عمله. | RETREAT",
            "تظاهر آلاف الإسرائيليين في تل أبيب داعين إلى استقالته. | RETREAT",
            // a domain that uses event words for no political event
            "قتل اللاعب المباراة بهدف في الدقيقة الأخيرة. | ASSAULT",
    })
    void reportsNoEvent(String sentence, String event) {
        List<EventRecord> records = extract(sentence);
        assertTrue(of(records, event).isEmpty(), sentence + " -> " + describe(records));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "لا يزال" starts like a negation and is none
            "لا يزال الجيش يقصف مدينة حلب. | ASSAULT | يقصف",
            "ما زالت قوات الأمن تعتقل الناشطين في القاهرة. | COERCE | تعتقل",
            // a negation too far back governs another verb
            "لم يعلق الجيش على التقارير لكن مصادر محلية قالت إن طائرات حربية قصفت قرية قرب حماة. | ASSAULT | قصفت",
            // a statement with ل is a statement, not a purpose: "للمطالبة" is a REQUEST
            "تظاهر آلاف المواطنين في الخرطوم للمطالبة برحيل الحكومة. | REQUEST | للمطالبة",
            "تظاهر آلاف المواطنين في الخرطوم للمطالبة برحيل الحكومة. | PROTEST | تظاهر",
            "وكان آلاف الفلسطينيين احتشدوا قرب حدود القطاع مع إسرائيل. | PROTEST | احتشدوا",
            "ورددوا هتافات غاضبة ضد صندوق النقد الدولي في عمان. | PROTEST | ورددوا هتافات",
            "بريطانيا تنشر الجيش في المواقع المهمة بعد الهجوم. | MOBILIZE | تنشر الجيش",
            "وكانت الحكومة رفعت مستوى التهديد إلى أعلى مستوياته. | MOBILIZE | رفعت مستوى التهديد",
            "وسحبت السعودية سفيرها من كندا وجمدت التعاملات التجارية معها. | SANCTION | سفيرها من",
            // a perfect verb that begins with س is not a future
            "وسيطرت على البلدة فصائل المعارضة المسلحة بعد معارك عنيفة. | COERCE | وسيطرت على",
    })
    void reportsTheEvent(String sentence, String event, String trigger) {
        List<EventRecord> records = extract(sentence);
        assertTrue(of(records, event).stream().anyMatch(r -> r.trigger().text().equals(trigger)), sentence + " -> " + describe(records));
        for (EventRecord r : records) assertFalse(r.status().negated() || r.status().future(), "coded records happened: " + r);
    }

    @Test
    void aPlaceNameIsNoTrigger() {
        // "تدمر" (Palmyra) reads like the verb "دمر" with the prefix ت
        List<EventRecord> records = extract("سيطرت قوات الحكومة السورية على مدينة تدمر.");
        assertTrue(records.stream().noneMatch(r -> r.trigger().text().equals("تدمر")), describe(records));
    }

    @Test
    void explainsWhyATriggerWasLeftOut() {
        StringBuilder trace = new StringBuilder();
        Consumer<String> sink = s -> trace.append(s).append('\n');
        Engines.shared().coder().setTrace(sink);
        try {
            extract("لم تعتقل الشرطة أحدا. سوف تعتقل الشرطة المتظاهرين. هل اعتقلت الشرطة أحدا؟");
        } finally {
            Engines.shared().coder().setTrace(null);
        }
        String t = trace.toString();
        assertTrue(t.contains("[تعتقل]: negated"), t);
        assertTrue(t.contains("future, planned or purposive"), t);
        assertTrue(t.contains("sentence skipped"), t);
    }

    private static Token token(String word) {
        Document d = Document.of("w", word);
        new TextAnalyzer().annotate(d);
        assertEquals(1, d.tokens().size(), word);
        return d.tokens().get(0);
    }

    @ParameterizedTest(name = "{0} with stem {1}: future {2}")
    @CsvSource({
            "سيقتل, يقتل, true", "وسيعقد, يعقد, true", "ستعتقل, تعتقل, true", "سنلتقي, نلتقي, true",
            "يقتل, يقتل, false", "سيطر, سيطر, false", "قتل, قتل, false", "وسقط, سقط, false",
    })
    void readsTheFusedFuturePrefix(String word, String stem, boolean future) {
        assertEquals(future, StatusReader.hasFuturePrefix(token(word), stem));
    }

    @ParameterizedTest(name = "{0} with stem {1}: purpose {2}")
    @CsvSource({
            "لترحيل, ترحيل, true", "للمطالبة, مطالبة, true", "ولاعتقال, اعتقال, true",
            "ترحيل, ترحيل, false", "بترحيل, ترحيل, false", "وترحيل, ترحيل, false",
    })
    void readsThePurposiveLam(String word, String stem, boolean purpose) {
        Token t = token(word);
        assertEquals(purpose, StatusReader.purposive(t, org.marsad.arabic.ArabicNormalizer.normalize(stem)), t.norm());
    }
}
