package org.marsad.engine.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.marsad.core.io.HtmlTextExtractor.Page;

class JsoupHtmlTextExtractorTest {
    private final JsoupHtmlTextExtractor html = new JsoupHtmlTextExtractor();

    @Test
    void takesTheArticleParagraphsAndLeavesThePageChrome() {
        Page page = html.extract("""
                <html><head><title>الموقع | خبر</title><script>var x = 1;</script></head><body>
                <nav><a href="/">الرئيسية</a></nav>
                <article><h1>غارة على المدينة</h1><p>قال مسؤول إن <b>ثلاثة</b> أشخاص قتلوا.</p>
                <aside>اقرأ أيضا</aside><p>وأضاف أن التحقيق جار.</p></article>
                <footer>حقوق النشر</footer></body></html>""");
        assertEquals("الموقع | خبر", page.title());
        assertEquals("غارة على المدينة\n\nقال مسؤول إن ثلاثة أشخاص قتلوا.\n\nوأضاف أن التحقيق جار.", page.text());
    }

    @Test
    void prefersTheOpenGraphTitle() {
        Page page = html.extract("<html><head><title>x</title><meta property='og:title' content='عنوان الخبر'></head>"
                + "<body><p>نص</p></body></html>");
        assertEquals("عنوان الخبر", page.title());
    }

    @Test
    void nestedBlocksAreNotRepeated() {
        Page page = html.extract("<body><ul><li><p>بند أول</p></li><li>بند ثان</li></ul></body>");
        assertEquals("بند أول\n\nبند ثان", page.text());
    }

    @Test
    void aPageWithoutBlocksKeepsItsBodyText() {
        Page page = html.extract("<body><div>نص <span>بلا فقرات</span></div><script>ignored()</script></body>");
        assertEquals("نص بلا فقرات", page.text());
        assertNull(page.title());
        assertFalse(page.text().contains("ignored"));
    }
}
