package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;

/** The job's command line: {@code [options] INPUT... OUTPUT}, or {@code --bench INPUT...}. */
final class JobArguments {
    static final String USAGE = """
            Usage: SparkExtractJob [options] INPUT... OUTPUT
                   SparkExtractJob --bench [options] INPUT...
            INPUT: files, directories or globs (local paths or Hadoop URIs such as hdfs://, s3a://) of
                   JSON Lines (.jsonl, .json, .jsonl.gz), text (.txt), HTML (.html, .htm) or WARC (.warc, .warc.gz).
            OUTPUT: folder for events/, merged_events/, merged_events_json/ and input_errors/.
            Options:
              --partition-by date|month|year  date partitioning of the tables (default: date)
              --partitions N                  extraction tasks (default: twice the cores; inputs are re-split)
              --no-merge                      write article-level records only
              --overwrite                     replace an existing OUTPUT
              --min-arabic-share X            skip documents with less Arabic than this (default: 0.5)
              --master URL                    Spark master when not run by spark-submit (default: local[*])
              --bench                         time the extraction stage only and print articles/s; writes nothing
              -h, --help                      this text""";

    JobOptions options;
    String master;
    boolean bench, help;

    static JobArguments parse(String[] args) {
        JobArguments a = new JobArguments();
        List<String> positional = new ArrayList<>();
        DatePartitioning by = DatePartitioning.DATE;
        int partitions = 0;
        boolean merge = true, overwrite = false;
        double share = JobOptions.DEFAULT_MIN_ARABIC_SHARE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> a.help = true;
                case "--bench" -> a.bench = true;
                case "--no-merge" -> merge = false;
                case "--overwrite" -> overwrite = true;
                case "--partition-by" -> by = parseEnum(value(args, ++i, arg));
                case "--partitions" -> partitions = parseInt(value(args, ++i, arg), arg);
                case "--min-arabic-share" -> share = parseDouble(value(args, ++i, arg), arg);
                case "--master" -> a.master = value(args, ++i, arg);
                default -> {
                    if (arg.startsWith("--")) throw new IllegalArgumentException("unknown option " + arg);
                    positional.add(arg);
                }
            }
        }
        if (a.help) return a;
        String output = null;
        if (!a.bench) {
            if (positional.size() < 2) throw new IllegalArgumentException("give at least one INPUT and the OUTPUT folder");
            output = positional.remove(positional.size() - 1);
        } else if (positional.isEmpty()) {
            throw new IllegalArgumentException("give at least one INPUT");
        }
        a.options = JobOptions.of(positional, output).withPartitionBy(by).withPartitions(partitions).withMerge(merge)
                .withOverwrite(overwrite).withMinArabicShare(share);
        return a;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static DatePartitioning parseEnum(String s) {
        try {
            return DatePartitioning.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--partition-by is date, month or year, not " + s);
        }
    }

    private static int parseInt(String s, String option) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + s);
        }
    }

    private static double parseDouble(String s, String option) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + s);
        }
    }
}
