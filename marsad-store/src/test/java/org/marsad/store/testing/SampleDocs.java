package org.marsad.store.testing;

import java.time.LocalDate;
import java.util.List;
import org.marsad.core.Document;

/** Short Arabic articles that the {@link FakeExtractor} codes, with one carrying markup to test escaping. */
public final class SampleDocs {
    private SampleDocs() {}

    public static final String SCRIPT_ARTICLE_ID = "doc-script";

    public static List<Document> all() {
        return List.of(
                doc("doc-1", "2024-03-10", "وكالة الأنباء", "تظاهر محتجون في القاهرة ضد ارتفاع الأسعار. واعتقلت الشرطة المصرية عددا منهم في القاهرة."),
                doc("doc-2", "2024-03-12", "صحيفة الغد", "قصفت طائرات الجيش الإسرائيلي مواقع في غزة فجر اليوم. وقالت مصادر طبية إن القصف أوقع ضحايا."),
                doc("doc-3", "2024-04-02", "وكالة الأنباء", "التقى وزير الخارجية الأردني ممثل الأمم المتحدة في عمان لبحث الأوضاع الإنسانية."),
                doc("doc-4", "2024-04-20", "إذاعة المدينة", "تظاهر طلاب في الخرطوم للمطالبة بإعادة فتح الجامعات. ورفع المحتجون لافتات."),
                doc(SCRIPT_ARTICLE_ID, "2024-05-01", "موقع <b>التجربة</b>",
                        "<script>window_pwned = 1</script> اتهم وزير الخارجية الأردني الجيش الإسرائيلي بقصف <img src=x onerror=\"window_pwned=2\"> مواقع في غزة."));
    }

    public static Document doc(String id, String date, String source, String text) {
        return new Document(id, text, "عنوان " + id, LocalDate.parse(date), source, "https://example.org/" + id, "test:" + id);
    }
}
