package org.parknews.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.cli.Main;

/** {@code parknews export} from the command line: where each format writes, and its exit codes. */
class ExportCommandTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "csv,     tables,         tables/articles.csv",
            "CSV,     tables,         tables/facts.csv",
            "parquet, tables,         tables/entities.parquet",
            "duckdb,  db,             db/parknews.duckdb",
            "duckdb,  my.duckdb,      my.duckdb",
    })
    void writes(String format, String out, String expectedFile, @TempDir Path dir) throws IOException {
        Path in = ExportFixtures.sampleRecordsJsonl(dir.resolve("in"));
        assertEquals(Main.OK, Main.run("export", "--format", format, in.toString(), dir.resolve(out).toString()));
        assertTrue(Files.isRegularFile(dir.resolve(expectedFile)), expectedFile);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "an unknown format,  --format=xlsx, in",
            "no format,          --,            in",
            "a missing input,    --format=csv,  missing",
    })
    void usageErrorsExitWithTwo(String kind, String option, String in, @TempDir Path dir) throws IOException {
        ExportFixtures.sampleRecordsJsonl(dir.resolve("in"));
        assertEquals(Main.USAGE, Main.run("export", option, dir.resolve(in).toString(), dir.resolve("out").toString()));
    }
}
