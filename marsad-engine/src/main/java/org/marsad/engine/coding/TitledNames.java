package org.marsad.engine.coding;

import java.util.List;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Clitics;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.Token;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.Attribution;
import org.marsad.core.record.EventRecord;

/**
 * A person the knowledge base does not know, named bare ("وقدم بيزاو اعتذاره"), was introduced
 * earlier with a title ("حاكم ولاية ريو دي جانيرو، لويز فرناندو بيزاو"): as a reader does, the
 * name takes that title's sector (and country, when the title has one).
 */
public final class TitledNames {
    /** How far before the earlier mention of the name its title may end, in tokens. */
    static final int TITLE_REACH = 8;

    private static final java.util.regex.Pattern PERSON_NAME = java.util.regex.Pattern.compile("(?!ال)[\\u0621-\\u064A]+( (?!ال)[\\u0621-\\u064A]+){0,3}");

    private TitledNames() {}

    public static void fill(Document doc, List<EventRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            EventRecord r = records.get(i);
            EventRecord.Builder b = r.toBuilder();
            b.actor = titled(doc, r.actor());
            b.recipient = titled(doc, r.recipient());
            Attribution at = r.attribution();
            if (at != null && at.claimant() != null) {
                ActorRef claimant = titled(doc, at.claimant());
                if (claimant != at.claimant()) b.attribution = new Attribution(claimant, at.relayedBy(), at.hedged(), at.verified());
            }
            if (b.actor != r.actor() || b.recipient != r.recipient() || b.attribution != r.attribution()) records.set(i, b.build());
        }
    }

    /** The party with its title's sector when it is a bare name introduced with one, else the party itself. */
    private static ActorRef titled(Document doc, ActorRef a) {
        if (a == null || a.text() == null || a.start() == null || a.kbId() != null || a.sector() != null || a.org() != null) return a;
        // a person's name: Arabic words without the article (organisations the recogniser finds have it)
        if (!PERSON_NAME.matcher(ArabicNormalizer.normalize(a.text())).matches()) return a;
        ActorRef title = titleOf(doc, a);
        if (title == null) return a;
        return a.withSector(title.sector()).withCountry(a.country() != null ? a.country() : title.country());
    }

    /** The title before an earlier occurrence of the name's last word, or null. */
    private static ActorRef titleOf(Document doc, ActorRef name) {
        String[] words = ArabicNormalizer.normalize(name.text()).split("\\s+");
        String last = Clitics.withoutConjunction(words[words.length - 1]);
        if (last.length() < 3) return null;
        List<Token> tokens = doc.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.start() >= name.start() || !Clitics.withoutConjunction(t.norm()).equals(last)) continue;
            ActorRef title = titleEndingBefore(doc, i);
            if (title != null) return title;
        }
        return null;
    }

    /**
     * The title right before the name: between them only a place ("حاكم ولاية ريو دي جانيرو")، a
     * comma and the name's first words (at most {@link #FIRST_NAMES}, none with the article).
     */
    private static ActorRef titleEndingBefore(Document doc, int token) {
        int sentence = doc.sentenceIndexOf(token);
        int sentenceStart = sentence < 0 ? 0 : doc.sentences().get(sentence).firstToken();
        Mention title = null;
        for (Mention m : doc.mentions()) {
            if (!m.type().equals(MentionTypes.ACTOR) || m.endToken() > token || token - m.endToken() > TITLE_REACH) continue;
            if (m.firstToken() < sentenceStart) continue;
            ActorRef ref = m.value(ActorRef.class);
            if (ref != null && ref.sector() != null && ref.text() != null && (title == null || m.endToken() > title.endToken())) title = m;
        }
        if (title == null) return null;
        int words = 0;
        for (int i = title.endToken(); i < token; i++) {
            Token t = doc.tokens().get(i);
            if (t.surface().equals("،") || t.surface().equals(",") || inPlace(doc, i)) continue;
            if (!t.isWord() || t.norm().startsWith("ال") || ++words > FIRST_NAMES) return null;
        }
        return title.value(ActorRef.class);
    }

    /** How many first names may stand between a title and the surname. */
    static final int FIRST_NAMES = 3;

    private static boolean inPlace(Document doc, int token) {
        for (Mention m : doc.mentions()) {
            if (m.type().equals(MentionTypes.PLACE) && m.firstToken() <= token && token < m.endToken()) return true;
        }
        return false;
    }
}
