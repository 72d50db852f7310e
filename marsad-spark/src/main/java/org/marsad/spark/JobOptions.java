package org.marsad.spark;

import java.util.List;
import org.marsad.merge.MergeConfig;

/**
 * What the job reads and writes and how.
 *
 * @param inputs         files, directories or globs, local or any Hadoop URI (hdfs://, s3a://, ...)
 * @param output         the output folder (events/, merged_events/, merged_events_json/, input_errors/)
 * @param partitionBy    date partitioning of the tables
 * @param partitions     extraction tasks; 0: enough for every core (input split further when it has fewer)
 * @param merge          whether to merge records into events across the whole input
 * @param overwrite      replace an existing output rather than fail
 * @param minArabicShare documents with a smaller share of Arabic letters are skipped, as on the command line
 * @param mergeConfig    merge thresholds
 */
public record JobOptions(List<String> inputs, String output, DatePartitioning partitionBy, int partitions, boolean merge,
                         boolean overwrite, double minArabicShare, MergeConfig mergeConfig) {
    /** The command line's threshold for "mainly Arabic" documents. */
    public static final double DEFAULT_MIN_ARABIC_SHARE = 0.5;

    public static JobOptions of(List<String> inputs, String output) {
        return new JobOptions(List.copyOf(inputs), output, DatePartitioning.DATE, 0, true, false, DEFAULT_MIN_ARABIC_SHARE,
                MergeConfig.DEFAULT);
    }

    public JobOptions withPartitionBy(DatePartitioning p) {
        return new JobOptions(inputs, output, p, partitions, merge, overwrite, minArabicShare, mergeConfig);
    }

    public JobOptions withPartitions(int n) {
        return new JobOptions(inputs, output, partitionBy, n, merge, overwrite, minArabicShare, mergeConfig);
    }

    public JobOptions withMerge(boolean m) {
        return new JobOptions(inputs, output, partitionBy, partitions, m, overwrite, minArabicShare, mergeConfig);
    }

    public JobOptions withOverwrite(boolean o) {
        return new JobOptions(inputs, output, partitionBy, partitions, merge, o, minArabicShare, mergeConfig);
    }

    public JobOptions withMinArabicShare(double s) {
        return new JobOptions(inputs, output, partitionBy, partitions, merge, overwrite, s, mergeConfig);
    }
}
