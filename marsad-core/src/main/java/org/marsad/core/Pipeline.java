package org.marsad.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An ordered list of annotators, checked when built so that each finds what it requires. */
public final class Pipeline {
    private final List<Annotator> stages;
    private final long[] nanos;

    public Pipeline(List<Annotator> stages) {
        Set<String> available = new HashSet<>();
        for (Annotator a : stages) {
            for (String need : a.requires()) {
                if (!available.contains(need)) {
                    throw new IllegalStateException("stage " + a.name() + " requires '" + need + "', which no earlier stage provides");
                }
            }
            available.addAll(a.provides());
        }
        this.stages = List.copyOf(stages);
        this.nanos = new long[stages.size()];
    }

    public void annotate(Document document) {
        for (int i = 0; i < stages.size(); i++) {
            document.checkTime();
            long t0 = System.nanoTime();
            stages.get(i).annotate(document);
            long dt = System.nanoTime() - t0;
            synchronized (nanos) { nanos[i] += dt; }
        }
    }

    public List<Annotator> stages() { return stages; }

    /** Accumulated time per stage name, in nanoseconds, for benchmarks. */
    public List<Object[]> stageTimes() {
        List<Object[]> out = new ArrayList<>();
        synchronized (nanos) {
            for (int i = 0; i < stages.size(); i++) out.add(new Object[] {stages.get(i).name(), nanos[i]});
        }
        return out;
    }
}
