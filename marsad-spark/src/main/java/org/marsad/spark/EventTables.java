package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.marsad.core.record.EventRecord;
import org.marsad.merge.MergedEvent;

/**
 * The Parquet tables the job writes. Each row has every field of its record as a column
 * (nested fields as structs, lists as arrays, under their JSON names), the record's exact JSON
 * in one more column, and the date partition column.
 */
public final class EventTables {
    /** The article-level record exactly as {@code RecordJson} writes it. */
    public static final String RECORD_JSON = "record_json";
    /** The merged event exactly as {@code RecordJson} writes it. */
    public static final String EVENT_JSON = "event_json";

    public static final StructType EVENT_SCHEMA = RecordSchema.of(EventRecord.class);
    public static final StructType MERGED_SCHEMA = RecordSchema.of(MergedEvent.class);

    private EventTables() {}

    /** Article-level records (one JSON string each) to a date-partitioned Parquet table. */
    public static void writeEvents(Dataset<String> recordJson, String path, DatePartitioning by, SaveMode mode) {
        write(recordJson, EVENT_SCHEMA, RECORD_JSON, path, by, mode);
    }

    /** Merged events (one JSON string each) to a date-partitioned Parquet table. */
    public static void writeMerged(Dataset<String> eventJson, String path, DatePartitioning by, SaveMode mode) {
        write(eventJson, MERGED_SCHEMA, EVENT_JSON, path, by, mode);
    }

    private static void write(Dataset<String> json, StructType schema, String jsonColumn, String path, DatePartitioning by,
                              SaveMode mode) {
        Dataset<Row> rows = json.select(from_json(col("value"), schema).as("r"), col("value").as(jsonColumn))
                .select(col("r.*"), col(jsonColumn));
        rows = rows.withColumn(by.column, by.valueOf(col("date")));
        // One task per date value: each partition folder gets one file rather than one per input task.
        rows.repartition(col(by.column)).write().mode(mode).partitionBy(by.column).parquet(path);
    }

    /** Reads an events table back (also when it is empty, which has no file to take the schema from). */
    public static Dataset<Row> readEvents(SparkSession spark, String path, DatePartitioning by) {
        return read(spark, path, EVENT_SCHEMA, RECORD_JSON, by);
    }

    public static Dataset<Row> readMerged(SparkSession spark, String path, DatePartitioning by) {
        return read(spark, path, MERGED_SCHEMA, EVENT_JSON, by);
    }

    private static Dataset<Row> read(SparkSession spark, String path, StructType schema, String jsonColumn, DatePartitioning by) {
        StructType full = schema.add(jsonColumn, DataTypes.StringType).add(by.column, DataTypes.StringType);
        return spark.read().schema(full).parquet(path);
    }
}
