package org.marsad.arabic.time;

import java.util.List;
import java.util.Set;
import org.marsad.arabic.TextAnalyzer;
import org.marsad.core.Annotator;
import org.marsad.core.Document;
import org.marsad.core.Token;

/**
 * When a document comes without a date, reads the dateline near the top of its text ("الاثنين 16
 * يوليو/تموز 2018"، "2018-07-16"، "16/07/2018") and makes it the reference date for relative
 * expressions. Only a full absolute date counts; the first one within the opening tokens wins.
 */
public final class ReferenceDateAnnotator implements Annotator {
    public static final String REFERENCE_DATE = "reference-date";
    /** A first line at most this long may be a dateline. */
    static final int DATELINE_TOKENS = 15;
    /** Otherwise the date must start within this many opening tokens. */
    static final int LEAD_TOKENS = 6;
    private static final java.time.LocalDate PLACEHOLDER = java.time.LocalDate.of(2000, 1, 1);

    private final DateReader reader;

    public ReferenceDateAnnotator() { this(new DateReader()); }

    public ReferenceDateAnnotator(DateReader reader) { this.reader = reader; }

    @Override
    public String name() { return "reference-date"; }

    @Override
    public Set<String> requires() { return Set.of(TextAnalyzer.TOKENS); }

    @Override
    public Set<String> provides() { return Set.of(REFERENCE_DATE); }

    @Override
    public void annotate(Document document) {
        if (document.referenceDate() != null) return;
        List<Token> tokens = document.tokens();
        // a dateline is a short first line, or a date at the very start of the text; dates further into
        // the first sentence are the news itself ("أعلنت ... يوم 19 فبراير")
        int lineEnd = 0;
        String text = document.text();
        int firstNewline = text.indexOf('\n'); // found once: a search back from every token was quadratic
        while (lineEnd < tokens.size() && (firstNewline < 0 || tokens.get(lineEnd).start() < firstNewline)) lineEnd++;
        int to = lineEnd <= DATELINE_TOKENS ? lineEnd : LEAD_TOKENS;
        // any reference will do: relative expressions must be found (to be passed over), not valued
        for (TimeExpression e : reader.read(tokens, 0, Math.min(to, tokens.size()), PLACEHOLDER)) {
            if (e.isDuration()) continue;
            // the first time expression decides: after "غدا الأربعاء" a date is not the dateline
            if (!e.value().relative() && e.value().precision().equals("day")
                    && e.value().from().equals(e.value().to()) && (to == lineEnd || e.firstToken() < LEAD_TOKENS)) {
                document.setReferenceDate(e.value().from());
            }
            return;
        }
    }
}
