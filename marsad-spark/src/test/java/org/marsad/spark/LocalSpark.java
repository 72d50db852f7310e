package org.marsad.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark for all tests of the module: starting Spark takes seconds. */
final class LocalSpark {
    private static SparkSession spark;

    private LocalSpark() {}

    static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("marsad-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return spark;
    }
}
