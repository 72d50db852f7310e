package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserTsvTest {
    @TempDir Path dir;

    private KbFormatException failWith(String content) throws Exception {
        Path p = dir.resolve("user.tsv");
        Files.writeString(p, "# user entries\n" + content);
        return assertThrows(KbFormatException.class, () -> KnowledgeBase.load(List.of(p)));
    }

    @Test
    void reportsFileLineAndReason() throws Exception {
        KbFormatException e = failWith("actor\tشرطة المرور\tTraffic police\tKEN\t\tXYZ\n");
        assertTrue(e.file().endsWith("user.tsv"));
        assertEquals(2, e.line());
        assertTrue(e.reason().contains("sector"));
        assertTrue(failWith("place\tقرية\tVillage\tSYR\t\t99\t36\tcity\n").reason().contains("latitude"));
        assertTrue(failWith("place\tقرية\tVillage\tSYR\t\t35\t36\ttown\n").reason().contains("level"));
        assertTrue(failWith("thing\tقرية\tVillage\tSYR\n").reason().contains("line type"));
        assertTrue(failWith("actor\tجماعة\tGroup\tsyria\t\tREB\n").reason().contains("ISO3"));
        assertTrue(failWith("place\tقرية\tVillage\tSYR\t\tabc\t36\tcity\n").reason().contains("not a number"));
    }

    @Test
    void userEntriesAreFound() throws Exception {
        Path p = dir.resolve("ok.tsv");
        Files.writeString(p, "actor\tجبهة الخلاص الوطني\tNational Salvation Front\tTUN\tNSF\tOPP\n"
                + "place\tقرية الزهور\tZuhur village\tSYR\tIdlib\t35.9\t36.6\tcity\t\n");
        KnowledgeBase kb = KnowledgeBase.load(List.of(p));
        assertEquals("TUN", kb.org("NSF").country());
    }
}
