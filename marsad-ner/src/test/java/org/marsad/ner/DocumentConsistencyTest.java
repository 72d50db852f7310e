package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences from the held-out tail of ANERcorp, labelled as the shipped model labelled them. */
class DocumentConsistencyTest {
    private final List<String[]> cores = new ArrayList<>();
    private final List<String[]> labels = new ArrayList<>();

    private void sentence(String text, String... tags) {
        String[] tokens = text.split(" ");
        String[] c = new String[tokens.length];
        for (int i = 0; i < c.length; i++) c[i] = WordView.of(tokens[i], Gazetteer.shared()).core;
        String[] l = new String[tokens.length];
        java.util.Arrays.fill(l, "O");
        for (String t : tags) {
            String[] at = t.split("=");
            l[Integer.parseInt(at[0])] = at[1];
        }
        cores.add(c);
        labels.add(l);
    }

    private void filler(int sentences) {
        for (int k = 0; k < sentences; k++) sentence("وتابع كل من الفريقين انطلاقتها القوية هذا الموسم");
    }

    @Test
    void aNameMissedInOneSentenceIsFoundFromAnotherSentenceOfTheDocument() {
        sentence("ثأر مانشستر يونايتد من بنفيكا وتغلب عليه", "1=B-ORG", "2=I-ORG", "4=B-ORG");
        sentence("وكان بنفيكا تغلب على مانشستر يونايتد", "4=B-ORG", "5=I-ORG");
        List<String[]> out = DocumentConsistency.apply(cores, labels);
        assertArrayEquals(new String[] {"O", "B-ORG", "O", "O", "B-ORG", "I-ORG"}, out.get(1));
    }

    @Test
    void anEarlierSentenceTakesANameFoundLaterAndCliticsDoNotHideIt() {
        sentence("وقال مدرب الاهلي إن الفريق جاهز");
        sentence("فاز الأهلي على الزمالك", "1=B-ORG", "3=B-ORG");
        sentence("وتعادل بالأهلي في المباراة");
        List<String[]> out = DocumentConsistency.apply(cores, labels);
        assertArrayEquals(new String[] {"O", "O", "B-ORG", "O", "O", "O"}, out.get(0));
        assertArrayEquals(new String[] {"O", "B-ORG", "O", "O"}, out.get(2));
    }

    @Test
    void aNameTakesTheTypeItHasMostOftenAround() {
        sentence("يعتمد جوزيه في تجاوز عقبة أسيك", "1=B-PER", "5=B-PER");
        sentence("لغزو مرمي فريق أسيك الذي لم يصب", "3=B-ORG");
        sentence("ويلعب أسيك مباراته المقبلة", "1=B-ORG");
        List<String[]> out = DocumentConsistency.apply(cores, labels);
        assertArrayEquals(new String[] {"O", "B-PER", "O", "O", "O", "B-ORG"}, out.get(0));
    }

    @Test
    void aLongerNameIsLabelledWholeBeforeItsFirstWord() {
        sentence("ضرب ريال مدريد الاسباني ضيفه", "1=B-ORG", "2=I-ORG");
        sentence("وصل الفريق إلى مدريد أمس", "3=B-LOC");
        sentence("وكان ريال مدريد الافضل");
        List<String[]> out = DocumentConsistency.apply(cores, labels);
        assertArrayEquals(new String[] {"O", "B-ORG", "I-ORG", "O"}, out.get(2));
    }

    @Test
    void namesFartherThanTheWindowAndLabelledWordsAreLeftAlone() {
        sentence("ثأر مانشستر يونايتد من بنفيكا", "1=B-ORG", "2=I-ORG", "4=B-ORG");
        filler(DocumentConsistency.WINDOW);
        sentence("وكان بنفيكا تغلب على مانشستر", "4=B-LOC");
        List<String[]> out = DocumentConsistency.apply(cores, labels);
        // the sentence just past the window keeps its labels: بنفيكا stays unlabelled, and
        // مانشستر keeps its own type
        assertArrayEquals(new String[] {"O", "O", "O", "O", "B-LOC"}, out.get(DocumentConsistency.WINDOW + 1));
    }

    @Test
    void namesOfTwoLettersAreNotSpread() {
        sentence("في مباراة بي سي", "2=B-ORG", "3=I-ORG");
        sentence("قال بي إن الفريق", "1=B-PER");
        sentence("ووصل بي أمس");
        List<String[]> out = DocumentConsistency.apply(cores, labels);
        assertArrayEquals(new String[] {"O", "O", "O"}, out.get(2));
    }
}
