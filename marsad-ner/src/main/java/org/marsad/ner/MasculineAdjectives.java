package org.marsad.ner;

import java.util.HashSet;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Tsv;

/**
 * A place's name followed by a masculine nationality adjective with the article names a club or
 * another organisation, not the place: cities and countries are feminine in Arabic ("ميلانو
 * الإيطالية"), so "ميلان الإيطالي", "هامبورغ الألماني", "ليل الفرنسي" are the clubs (the noun left
 * out is نادي or فريق), as is "حزب الله اللبناني" an organisation. In the training text a name
 * followed so is an organisation 42 times and a place 13 times (several of those are clubs
 * labelled as their city). Nationality adjectives that are also common adjectives
 * ({@code nationality-homographs.txt}) do not count, nor do names with the article: those
 * the tagger reads as places are more often common nouns ("المشهد السعودي") than clubs.
 */
final class MasculineAdjectives {
    static final String HOMOGRAPHS = "nationality-homographs.txt";
    private static final String FEMININE_ENDING = "ه"; // ة as the normaliser writes it

    private final Set<String> homographs;

    MasculineAdjectives(Set<String> homographs) { this.homographs = Set.copyOf(homographs); }

    private static final class Holder {
        static final MasculineAdjectives SHARED = load();
    }

    static MasculineAdjectives shared() { return Holder.SHARED; }

    /** Retypes as ORG each place name followed by such an adjective; {@code labels} is changed in place. */
    void relabel(WordView[] views, String[] labels) {
        for (int i = 0; i + 1 < labels.length; i++) {
            if (!labels[i].endsWith("-LOC") || !labels[i + 1].equals(BioLabels.OUTSIDE) || !isMasculineNationality(views[i + 1])) continue;
            int start = i;
            while (start > 0 && labels[start].startsWith("I-")) start--;
            if (views[start].article) continue; // "المشهد السعودي", "الشارع المصري": a common noun read as a place
            for (int k = start; k <= i; k++) labels[k] = labels[k].substring(0, 2) + "ORG";
        }
    }

    private boolean isMasculineNationality(WordView word) {
        if (!word.article || word.core.endsWith(FEMININE_ENDING) || homographs.contains(word.core)) return false;
        String lists = Gazetteer.shared().lists(word.core);
        return lists != null && lists.contains("NATIONALITY");
    }

    private static MasculineAdjectives load() {
        Set<String> words = new HashSet<>();
        for (Tsv.Row row : Tsv.resource(MasculineAdjectives.class, HOMOGRAPHS)) words.add(ArabicNormalizer.normalize(row.col(0)));
        return new MasculineAdjectives(words);
    }
}
