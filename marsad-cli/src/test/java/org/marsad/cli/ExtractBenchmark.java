package org.marsad.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.marsad.core.Document;
import org.marsad.core.record.EventRecord;
import org.marsad.engine.MarsadEngine;

/**
 * Extracts one generated document of each size (in MB of UTF-8) and prints time, records and
 * peak heap, to show that time and memory grow linearly with the document. Not a test: run it
 * by hand, under the launcher's heap, e.g.
 * <pre>
 * mvn -q -pl marsad-cli -am test-compile
 * java -Xmx1g -cp "marsad-cli/target/test-classes:marsad-cli/target/classes:$(cat cp.txt)" \
 *     org.marsad.cli.ExtractBenchmark 1 5 10 25 50
 * </pre>
 * Add {@code --one-line} to write the document without a line break (one paragraph).
 */
public final class ExtractBenchmark {
    /** Varied news sentences: events, dates, numbers, places, actors, and plain context. */
    private static final String[] SENTENCES = {
        "تظاهر مئات الطلاب في القاهرة أمس ضد رفع الرسوم الدراسية.",
        "وقال المتحدث باسم وزارة الداخلية إن الشرطة اعتقلت 12 شخصا في الإسكندرية يوم الخميس.",
        "التقى وزير الخارجية الأردني نظيره الفرنسي في عمان لبحث الأوضاع في المنطقة.",
        "وأعلن الجيش أن غارة جوية استهدفت مواقع للمسلحين شمال سوريا، ما أدى إلى مقتل 7 أشخاص.",
        "ودعت الأمم المتحدة إلى وقف فوري لإطلاق النار وفتح المعابر أمام المساعدات الإنسانية.",
        "وفي سياق آخر، ارتفعت أسعار النفط بنسبة 2 في المئة خلال تعاملات الأسبوع الماضي.",
        "ونفى رئيس الوزراء العراقي في 3 مايو 2024 أن تكون الحكومة قد وقعت اتفاقا مع الشركة.",
        "وأضرب عمال الموانئ في بيروت احتجاجا على تأخر صرف رواتبهم منذ ثلاثة أشهر.",
    };

    public static void main(String[] args) {
        boolean oneLine = List.of(args).contains("--one-line");
        MarsadEngine engine = MarsadEngine.load();
        extract(engine, generate(1, oneLine)); // warm-up
        System.out.printf("%6s %10s %10s %8s %9s %9s %13s%n", "MB", "chars", "tokens", "seconds", "s per MB", "records", "retained MB");
        for (String a : args) {
            if (a.startsWith("--")) continue;
            int mb = Integer.parseInt(a);
            String text = generate(mb, oneLine);
            System.gc();
            long before = usedHeap();
            long t0 = System.nanoTime();
            Document doc = new Document("bench", text, null, null, null, null, "bench");
            int records = engine.extract(doc).size();
            double s = (System.nanoTime() - t0) / 1e9;
            System.gc();
            long retained = usedHeap() - before; // the analysed document: tokens, sentences, mentions
            System.out.printf("%6d %10d %10d %8.1f %9.2f %9d %13d%n", mb, text.length(), doc.tokens().size(), s, s / mb, records,
                    retained / (1024 * 1024));
        }
    }

    private static int extract(MarsadEngine engine, String text) {
        List<EventRecord> records = engine.extract(new Document("bench", text, null, null, null, null, "bench"));
        return records.size();
    }

    /** About {@code mb} megabytes of UTF-8 text; a paragraph break every four sentences unless one line. */
    static String generate(int mb, boolean oneLine) {
        long bytes = (long) mb * 1024 * 1024;
        StringBuilder sb = new StringBuilder((int) (bytes / 1.8));
        long size = 0;
        for (int i = 0; size < bytes; i++) {
            String s = SENTENCES[i % SENTENCES.length];
            sb.append(s).append(oneLine || i % 4 != 3 ? " " : "\n");
            size += s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        }
        return sb.toString();
    }

    private static long usedHeap() {
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) used += p.getUsage().getUsed();
        }
        return used;
    }
}
