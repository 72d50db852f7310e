package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.core.Document;
import org.marsad.core.io.DocumentReader;
import org.marsad.core.io.DocumentSink;
import org.marsad.core.io.InputError;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.EventRecord;
import org.marsad.engine.MarsadEngine;

/**
 * Records that the bundled sample articles must keep producing: each row names an article, a
 * piece of the sentence, the trigger, and what the record must say ("*" where today's answer
 * is not yet right and so not pinned).
 */
class SampleRegressionTest {
    private static final Map<String, List<EventRecord>> byDoc = new HashMap<>();

    @BeforeAll
    static void extractSample() throws IOException {
        MarsadEngine engine = MarsadEngine.load();
        List<Document> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SampleRegressionTest.class.getResourceAsStream("/org/marsad/sample/docs.jsonl"), StandardCharsets.UTF_8))) {
            new DocumentReader().readJsonLines("sample", r, new DocumentSink() {
                @Override public boolean accept(Document d) { docs.add(d); return true; }
                @Override public void error(InputError e) { throw new AssertionError(e.toString()); }
            });
        }
        for (Document d : docs) byDoc.put(d.id(), engine.extract(d));
    }

    private static String party(ActorRef a) {
        if (a == null) return "-";
        if (a.isUnidentified()) return "?" + a.country(); // not named in the text: the event's country
        return (a.org() != null ? a.org() : a.country()) + "/" + a.sector();
    }

    private static List<EventRecord> in(String doc, String sentence) {
        return byDoc.get(doc).stream().filter(r -> r.evidence().text().contains(sentence)).collect(Collectors.toList());
    }

    private static String describe(List<EventRecord> rs) {
        return rs.stream().map(r -> r.event() + "[" + r.trigger().text() + "] " + party(r.actor()) + " -> " + party(r.recipient())
                + " at " + (r.location() == null ? null : r.location().name()) + " on " + r.date()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}: {2} {3}")
    @CsvSource(delimiter = '|', value = {
            // doc | sentence | trigger | event | actor | recipient | place | date
            "002 | قُتل شخصان في تظاهرة احتجاجية للمعارضة في نيكاراغوا | قُتل | ASSAULT | * | * | Nicaragua | 2018-07-15",
            "002 | قُتل شخصان في تظاهرة احتجاجية للمعارضة في نيكاراغوا | تظاهرة احتجاجية | PROTEST | NIC/PRO | * | Nicaragua | 2018-07-14",
            "002 | يتهم الرئيس أورتيغا المعارضة بشن | يتهم | ACCUSE | NIC/GOV | NIC/OPP | Nicaragua | 2018-07-15",
            "002 | وهاجمت قوات الشرطة تظاهرة موازية للمعارضة | وهاجمت | ASSAULT | NIC/COP | * | Nicaragua | *",
            "002 | وتطالب المعارضة إجراء انتحابات مبكرة | وتطالب | REQUEST | NIC/OPP | * | Nicaragua | *",
            "007 | في غارة جوية جديدة شنّها التحالف بقيادة السعودية على اليمن | مقتل | ASSAULT | COALITION/MIL | * | Al Ḩudaydah | 2018-08-23",
            "007 | أدان مسؤول كبير في الأمم المتحدة مقتل 22 طفلا | أدان | ACCUSE | * | * | * | 2018-08-23",
            "009 | إلقاء القبض على الإرهابي المصري هشام عشماوي | إلقاء القبض | COERCE | * | EGY/REB | Darnah | 2018-10-08",
            "010 | وقفة احتجاجية أمام مقر القنصلية السعودية في إسطنبول | وقفة احتجاجية | PROTEST | * | * | Istanbul | 2018-10-05",
            "016 | والتقى كير ومشار الاثنين في العاصمة السودانية | والتقى | CONSULT | SPLM_IO/REB | * | * | 2018-06-25",
            "022 | فرض حالة طوارئ ومنعا للتجول لـ48 ساعة | حالة طوارئ | COERCE | SDF/REB | * | Ar Raqqah | 2018-06-24",
            "022 | وقتل عنصر في قوات سوريا الديمقراطية في هجوم آخر | وقتل | ASSAULT | ?SYR | SDF/REB | Ar Raqqah | 2018-06-15",
            "023 | إثر مقتل شاب (22 عاما) برصاص شرطي | مقتل | ASSAULT | FRA/COP | FRA/CVL | Nantes | 2018-07-03",
            "030 | حيث فجر المهاجمون أيضا سيارة مفخخة | قُتلوا | ASSAULT | * | * | Ouagadougou | 2018-03-02",
            "030 | وقتل المهاجمون ثمانية أشخاص وأصابوا العشرات | وقتل | ASSAULT | BFA/REB | BFA/CVL | Ouagadougou | 2018-03-02",
            "031 | قتل 25 فلسطينياً وأصيب أكثر من 900 آخرين | قتل | ASSAULT | * | * | Gaza Strip | 2018-05-14",
            "031 | إن القوات الإسرائيلية قتلت أكثر من 60 فلسطينياً | قتلت | ASSAULT | ISR/MIL | * | * | *",
            "043 | احتدمت الاشتباكات بين فصائل مسلحة متنافسة | الاشتباكات | ASSAULT | LBY/REB | * | Tripoli | 2016-12-01",
    })
    void producesTheRecord(String doc, String sentence, String trigger, String event, String actor, String recipient, String place, String date) {
        List<EventRecord> rs = in(doc, sentence);
        EventRecord r = rs.stream().filter(x -> x.trigger().text().equals(trigger) && x.event().equals(event)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " [" + trigger + "] in " + doc + ": " + describe(rs)));
        String why = doc + ": " + describe(List.of(r));
        if (!actor.equals("*")) assertEquals(actor, party(r.actor()), why);
        if (!recipient.equals("*")) assertEquals(recipient, party(r.recipient()), why);
        if (!place.equals("*")) assertEquals(place, r.location() == null ? null : r.location().name(), why);
        if (!date.equals("*")) assertEquals(date, r.date(), why);
    }

    @ParameterizedTest(name = "{0}: no {3} [{2}]")
    @CsvSource(delimiter = '|', value = {
            // doc | sentence | trigger | event
            "023 | فإن الشرطة لم تعتقل أحدا خلال أعمال الشغب | تعتقل | COERCE",
            "031 | ووصفت المحتجين بأنهم مثيرو شغب | شغب | PROTEST",
            "031 | ومن المقرر أن تصل الاحتجاجات | الاحتجاجات | PROTEST",
            "031 | وتطلق النار بما يتماشى مع قواعد الاشتباك | الاشتباك | ASSAULT",
    })
    void producesNoRecord(String doc, String sentence, String trigger, String event) {
        List<EventRecord> rs = in(doc, sentence);
        assertTrue(rs.stream().noneMatch(r -> r.event().equals(event) && r.trigger().text().contains(trigger)), describe(rs));
    }

    @org.junit.jupiter.api.Test
    void everySampleArticleYieldsRecordsWithUniqueIds() {
        assertEquals(10, byDoc.size());
        for (var e : byDoc.entrySet()) {
            assertTrue(!e.getValue().isEmpty(), e.getKey());
            assertEquals(e.getValue().size(), e.getValue().stream().map(EventRecord::id).distinct().count(), e.getKey() + ": " + describe(e.getValue()));
        }
    }
}
