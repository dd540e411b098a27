package org.parknews.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The pipeline on Apache Spark: reads input files from any file system Spark reaches, runs the
 * same {@link org.parknews.pipeline.Pipeline} on the executors, and writes {@code records/}
 * (JSON Lines, the CLI's record JSON), {@code parquet/} (the record schema as a table) and
 * {@code errors/} (the CLI's error lines) under the output URI.
 */
@Command(name = "ExtractJob", mixinStandardHelpOptions = true,
        description = "Extract records on Spark (run with spark-submit --class org.parknews.spark.ExtractJob).")
public final class ExtractJob implements Callable<Integer> {
    public static final String RECORDS = "records";
    public static final String PARQUET = "parquet";
    public static final String ERRORS = "errors";

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, folders (read recursively) or globs, as Hadoop paths: file:, hdfs:, s3a:, ...")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "URI", description = "Output folder URI.")
    String out;

    @Option(names = "--seeds", paramLabel = "DIR",
            description = "Rules folder on the driver's disk; shipped to executors (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--partitions", paramLabel = "N",
            description = "Minimum input partitions (default: Spark's default parallelism).")
    int partitions;

    @Option(names = "--overwrite", description = "Replace existing outputs instead of failing.")
    boolean overwrite;

    public static void main(String[] args) {
        int code = new CommandLine(new ExtractJob()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        SparkSession spark = SparkSession.builder().appName("parknews-extract").getOrCreate();
        try {
            Counts counts = run(spark, inputs, out, SeedsBundle.read(seeds), partitions, overwrite);
            System.out.println(counts.line());
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** How many records and error lines a job wrote. */
    public record Counts(long records, long errors) {
        public String line() {
            return "records " + records + ", errors " + errors;
        }
    }

    /** Runs the job in {@code spark}; tests call this with a local session. */
    public static Counts run(SparkSession spark, List<String> inputs, String out, SeedsBundle seeds,
                             int minPartitions, boolean overwrite) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Folders are walked like the CLI walks them, not just their top level.
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        Broadcast<SeedsBundle> shipped = sc.broadcast(seeds);
        int partitions = minPartitions > 0 ? minPartitions : sc.defaultParallelism();

        // Streams are opened on the executors, so a file no reader accepts is never read.
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(String.join(",", inputs), partitions)
                .filter(f -> PartitionExtractor.accepts(f._1()));
        if (files.getNumPartitions() < partitions) {
            // Small files are combined into few splits; spread them so every core extracts.
            files = files.repartition(partitions);
        }
        JavaRDD<ExtractOutcome> extracted = files
                .mapPartitions(new PartitionExtractor(shipped))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<ExtractOutcome> outcomes = DuplicateIds.settle(sc, extracted)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            Dataset<String> records = spark.createDataset(
                    outcomes.filter(o -> !o.failed()).map(ExtractOutcome::json).rdd(), Encoders.STRING());
            Dataset<String> errors = spark.createDataset(
                    outcomes.filter(ExtractOutcome::failed).map(ExtractOutcome::json).rdd(), Encoders.STRING());
            records.write().mode(mode).text(out + "/" + RECORDS);
            spark.read().schema(RecordSparkSchema.get()).option("mode", "FAILFAST").json(records)
                    .write().mode(mode).parquet(out + "/" + PARQUET);
            errors.coalesce(1).write().mode(mode).text(out + "/" + ERRORS);
            return new Counts(records.count(), errors.count());
        } finally {
            outcomes.unpersist();
            extracted.unpersist();
        }
    }
}
