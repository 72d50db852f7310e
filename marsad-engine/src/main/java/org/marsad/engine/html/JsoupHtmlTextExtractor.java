package org.marsad.engine.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.marsad.core.io.HtmlTextExtractor;

/**
 * Article text from a news page: the {@code <article>} (or {@code <main>}, else the body)
 * without scripts, navigation, headers, footers and forms, one paragraph per text block,
 * blocks separated by a blank line so the sentence splitter sees paragraph breaks.
 */
public final class JsoupHtmlTextExtractor implements HtmlTextExtractor {
    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption";

    @Override
    public Page extract(String html) {
        return extract(Jsoup.parse(html));
    }

    public Page extract(Document page) {
        String title = title(page);
        Element root = page.selectFirst("article");
        if (root == null) root = page.selectFirst("main");
        if (root == null) root = page.body();
        if (root == null) return new Page(title, "");
        root = root.clone();
        root.select(NOISE).remove();
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        for (Element block : blocks) {
            if (hasBlockAncestor(block, root)) continue; // its text is already in the outer block
            String text = block.text().strip();
            if (!text.isEmpty()) paragraphs.add(text);
        }
        if (paragraphs.isEmpty()) {
            String text = root.text().strip();
            if (!text.isEmpty()) paragraphs.add(text);
        }
        return new Page(title, String.join("\n\n", paragraphs));
    }

    private static boolean hasBlockAncestor(Element block, Element root) {
        for (Element p = block.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) return true;
        }
        return false;
    }

    private static String title(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) return og.attr("content").strip();
        if (!page.title().isBlank()) return page.title().strip();
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }
}
