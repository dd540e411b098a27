package org.parknews.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] Spark session for the Spark tests, since starting one takes seconds. */
final class SparkTestSession {
    private static SparkSession spark;

    private SparkTestSession() {
    }

    static synchronized SparkSession get() {
        if (spark == null) {
            // Spark logs through whichever SLF4J provider the test classpath has (slf4j-simple);
            // its per-logger levels are read when each logger is made, so this keeps Spark quiet.
            for (String noisy : new String[] {"org.apache", "org.sparkproject", "io.netty"}) {
                System.setProperty("org.slf4j.simpleLogger.log." + noisy, "warn");
            }
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("parknews-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return spark;
    }
}
