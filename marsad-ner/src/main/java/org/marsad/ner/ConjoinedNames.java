package org.marsad.ner;

/**
 * Two names joined by "و" are two names: in "وغادة عادل وياسمين عبد العزيز" the tagger often runs
 * the second person on from the first (I-PER on "وياسمين"), which the corpus labels as a new name
 * (B-PER) about three times as often as a name with such a word inside it. A person's or an
 * organisation's name token carrying the conjunction therefore starts a new name of the same type
 * when the word after the conjunction is itself a word of the news (it has a word vector), unless
 *
 * <ul>
 *   <li>the whole token is a first name ("وليد", "وجدي"), or
 *   <li>the word after the conjunction has the article: organisations join nouns and adjectives
 *       so within their names ("جامعة بيونجيانج للعلوم والتكنولوجيا", "المجلس الاقتصادي
 *       والاجتماعي").
 * </ul>
 *
 * The vector condition keeps foreign names written with a leading و ("وينفري", "وايت") whole:
 * without the و they are no word.
 */
final class ConjoinedNames {
    private static final String CONJUNCTION = "و";

    private ConjoinedNames() {}

    /** Starts a new name at each such token inside a person's or organisation's name; in place. */
    static void split(WordView[] views, String[] labels) {
        for (int i = 1; i < labels.length; i++) {
            if ((labels[i].equals("I-PER") || labels[i].equals("I-ORG")) && startsANewName(views[i])) {
                labels[i] = "B-" + labels[i].substring(2);
            }
        }
    }

    private static boolean startsANewName(WordView word) {
        String norm = word.norm;
        if (word.shape != 'A' || !norm.startsWith(CONJUNCTION) || norm.length() < 4) return false;
        String lists = Gazetteer.shared().lists(norm);
        if (lists != null && lists.contains("FIRST_NAME")) return false;
        String rest = norm.substring(CONJUNCTION.length());
        if (rest.startsWith("ال")) return false;
        return WordVectors.shared().row(WordView.coreOf(rest)) >= 0;
    }
}
