package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.marsad.core.Document;
import org.marsad.core.Mention;
import org.marsad.core.MentionTypes;
import org.marsad.core.record.ActorRef;

class ActorCasesTest {
    @Test
    void composesAndResolvesActors() {
        List<String> failures = new ArrayList<>();
        List<String[]> cases = Shared.cases("actors.tsv");
        for (String[] c : cases) {
            Document d = Shared.annotate(c[0]);
            String country = c[2].isEmpty() ? null : c[2], org = c[3].isEmpty() ? null : c[3], sector = c[4];
            boolean ok = false;
            List<String> got = new ArrayList<>();
            for (Mention m : d.mentions()) {
                if (!m.type().equals(MentionTypes.ACTOR)) continue;
                ActorRef a = m.value(ActorRef.class);
                got.add(a.text() + "=" + a.country() + "/" + a.org() + "/" + a.sector() + "/" + m.attrs().get("kind"));
                if (a.text().equals(c[1]) && Objects.equals(a.country(), country) && Objects.equals(a.org(), org)
                        && Objects.equals(a.sector(), sector)) ok = true;
            }
            if (!ok) failures.add(c[1] + " " + country + "/" + org + "/" + sector + " -> " + got);
        }
        assertTrue(cases.size() >= 150);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " failed:\n" + String.join("\n", failures));
    }

    @Test
    void aPersonHoldsTheOfficeOfTheArticlesDay() {
        // chief minister of Punjab, then head of his party, then prime minister
        assertEquals("GOV", sectorOf("قال شهباز شريف إن الانتخابات مزورة.", LocalDate.of(2017, 3, 1)));
        assertEquals("PTY", sectorOf("قال شهباز شريف إن الانتخابات مزورة.", LocalDate.of(2018, 7, 13)));
        assertEquals("GOV", sectorOf("قال شهباز شريف إن الانتخابات مزورة.", LocalDate.of(2023, 1, 1)));
    }

    private static String sectorOf(String sentence, LocalDate day) {
        for (Mention m : Shared.annotate(sentence, day).mentions()) {
            if (m.type().equals(MentionTypes.ACTOR)) return m.value(ActorRef.class).sector();
        }
        return null;
    }

    @Test
    void aPhraseThatStartsWithARoleNounMayNameNoParty() {
        // "القضاء على" is "to eliminate", not the judiciary; "القضاء" alone is
        for (Mention m : Shared.annotate("تمكنت قوات الأمن من القضاء على 10 إرهابيين في بابل.").mentions()) {
            assertTrue(!m.type().equals(MentionTypes.ACTOR) || !"JUD".equals(m.value(ActorRef.class).sector()));
        }
        assertEquals("JUD", sectorOf("وقال القضاء العراقي إن المتهمين سيحاكمون.", LocalDate.of(2018, 5, 1)));
    }
}
