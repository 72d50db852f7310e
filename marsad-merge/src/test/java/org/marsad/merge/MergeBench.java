package org.marsad.merge;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.marsad.core.record.ActorRef;
import org.marsad.core.record.Attribution;
import org.marsad.core.record.EventRecord;
import org.marsad.core.record.PlaceRef;
import org.marsad.core.record.Size;
import org.marsad.core.record.TextSpan;

/**
 * Times merging of synthetic article-level records (not a test: run by hand, see docs/merge.md).
 * Real-world events are drawn over three years in 40 countries of very unequal news weight; each is reported
 * by 1-6 outlets, some reports being wire copies; reports disagree a little on date, place and figures.
 * Usage: MergeBench [records] [rounds].
 */
public final class MergeBench {
    private static final String[] TYPES = {"ASSAULT", "ASSAULT", "ASSAULT", "ASSAULT", "COERCE", "ACCUSE", "ACCUSE", "CONSULT",
            "PROTEST", "REQUEST", "THREATEN", "SANCTION", "MOBILIZE", "AID", "AGREE", "SUPPORT", "RETREAT", "REJECT"};
    private static final String[] SECTORS = {"GOV", "MIL", "COP", "REB", "CVL", "PRO", "OPP"};
    private static final String[] OUTLETS = {"Sky News Arabia", "Al Arabiya", "BBC Arabic", "CNN Arabic", "France 24 Arabic",
            "Asharq Al-Awsat", "Al-Riyadh", "Okaz", "Al-Yaum", "Al-Madina", "Sabq", "Al-Jazirah (Saudi)", "Ain Alyoum",
            "Al-Weeam", "Al-Watan (Saudi)", "Jawhara FM (Tunisia)", "Saudi Press Agency"};

    private MergeBench() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<EventRecord> records = generate(n, new Random(42));
        EventMerger merger = new EventMerger(MergeConfig.DEFAULT);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime(), p0 = processCpu();
            Map<String, String> copies = merger.copyClustersFromEvidence(records);
            long t1 = System.nanoTime(), c1 = cpu.getCurrentThreadCpuTime();
            List<MergedEvent> out = merger.merge(records, copies);
            long t2 = System.nanoTime(), c2 = cpu.getCurrentThreadCpuTime(), p2 = processCpu();
            // CPU time of this thread as well as wall time: the wall clock suffers when the machine is shared.
            System.out.printf("round %d: %d records -> %d events; copy detection %.2f s (cpu %.2f), merging %.2f s (cpu %.2f),"
                            + " total %.2f s (cpu %.2f, process cpu with GC %.2f)%n", r + 1, records.size(), out.size(), (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                    (t2 - t1) / 1e9, (c2 - c1) / 1e9, (t2 - t0) / 1e9, (c2 - c0) / 1e9, (p2 - p0) / 1e9);
        }
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    static List<EventRecord> generate(int n, Random rnd) {
        String[] countries = new String[40];
        double[][] centre = new double[40][2];
        for (int i = 0; i < 40; i++) {
            countries[i] = String.format("C%02d", i);
            centre[i] = new double[] {10 + rnd.nextDouble() * 30, 20 + rnd.nextDouble() * 40};
        }
        LocalDate start = LocalDate.of(2015, 1, 1);
        List<EventRecord> out = new ArrayList<>(n);
        Map<String, Integer> perDoc = new HashMap<>();
        int event = 0;
        while (out.size() < n) {
            event++;
            int c = Math.min(39, (int) Math.floor(Math.pow(rnd.nextDouble(), 2.5) * 40));
            String type = TYPES[rnd.nextInt(TYPES.length)];
            LocalDate day = start.plusDays(rnd.nextInt(1096));
            double lat = centre[c][0] + rnd.nextGaussian() * 2, lon = centre[c][1] + rnd.nextGaussian() * 2;
            ActorRef actor = rnd.nextInt(5) == 0 ? null : new ActorRef(null, null, countries[c], null, SECTORS[rnd.nextInt(SECTORS.length)], null, null, null);
            ActorRef recipient = new ActorRef(null, null, countries[rnd.nextInt(4) == 0 ? rnd.nextInt(40) : c], null,
                    SECTORS[rnd.nextInt(SECTORS.length)], null, null, null);
            int dead = rnd.nextInt(3) == 0 ? rnd.nextInt(30) : -1;
            String wire = sentence(rnd, 25);
            int reports = 1 + (int) Math.floor(Math.pow(rnd.nextDouble(), 2) * 6);
            for (int k = 0; k < reports && out.size() < n; k++) {
                boolean copy = k > 0 && rnd.nextInt(3) == 0;
                String doc = "e" + event + "-" + k;
                int idx = perDoc.merge(doc, 1, Integer::sum);
                EventRecord.Builder b = EventRecord.builder();
                b.id = doc + "-" + idx;
                b.docId = doc;
                b.source = OUTLETS[rnd.nextInt(OUTLETS.length)];
                LocalDate d = day.plusDays(rnd.nextInt(4) == 0 ? 1 : 0);
                b.published = d.plusDays(rnd.nextInt(2)).toString();
                b.date = d.toString();
                b.event = type;
                b.actor = actor;
                b.recipient = rnd.nextInt(6) == 0 ? null : recipient;
                b.location = rnd.nextInt(8) == 0 ? null
                        : new PlaceRef(null, "P" + event, null, countries[c], null, lat + rnd.nextGaussian() * 0.05,
                        lon + rnd.nextGaussian() * 0.05, "city", null, null);
                if (dead >= 0) b.size = new Size(dead + (rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 0), null, null, null, List.of());
                if (rnd.nextInt(3) == 0) b.attribution = new Attribution(new ActorRef(null, null, countries[c], null, "GOV", null, null, null),
                        List.of(), false, null);
                String text = copy ? wire : sentence(rnd, 25);
                b.evidence = new TextSpan(0, text.length(), text);
                out.add(b.build());
            }
        }
        return out;
    }

    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    private static String sentence(Random rnd, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) sb.append(' ');
            int len = 3 + rnd.nextInt(5);
            for (int i = 0; i < len; i++) sb.append(LETTERS.charAt(rnd.nextInt(LETTERS.length())));
        }
        return sb.toString();
    }
}
