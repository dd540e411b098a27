package org.parknews.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads the CSV tables into DuckDB with their documented types — as one database file, or as
 * Parquet files DuckDB writes. DuckDB reads the CSV in bulk and streams to disk, so memory stays
 * small; the driver is looked up only here, so other commands never load its native library.
 */
public final class DuckDbTables {
    static final String DRIVER = "org.duckdb.DuckDBDriver";

    private final Path csvDir;
    private final List<Table> tables;

    public DuckDbTables(Path csvDir, List<Table> tables) {
        this.csvDir = csvDir;
        this.tables = List.copyOf(tables);
    }

    /** Fails with what to do when the DuckDB JDBC driver is not on the classpath. */
    public static void requireDriver() throws IOException {
        try {
            Class.forName(DRIVER);
        } catch (ClassNotFoundException e) {
            throw new IOException("this format needs the DuckDB JDBC driver (org.duckdb:duckdb_jdbc), which is not on"
                    + " the classpath: the build copies it to target/lib/; keep that lib/ folder next to parknews.jar");
        }
    }

    /** Writes one DuckDB file holding every table, replacing {@code dbFile} only once it is complete. */
    public void toDatabase(Path dbFile) throws IOException {
        Path dir = dbFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + dbFile.getFileName() + ".part");
        Files.deleteIfExists(tmp);
        try {
            try (Connection db = connect("jdbc:duckdb:" + tmp); Statement sql = db.createStatement()) {
                for (Table t : tables) {
                    sql.execute("CREATE TABLE " + quoteName(t.name()) + " AS " + select(t));
                    sql.execute("COMMENT ON TABLE " + quoteName(t.name()) + " IS " + quote(t.description()));
                    for (Column c : t.columns()) {
                        sql.execute("COMMENT ON COLUMN " + quoteName(t.name()) + "." + quoteName(c.name())
                                + " IS " + quote(c.description()));
                    }
                }
                sql.execute("CHECKPOINT");
            } catch (SQLException e) {
                throw new IOException("DuckDB: " + e.getMessage(), e);
            }
            Files.move(tmp, dbFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(dir.resolve(tmp.getFileName() + ".wal"));
        }
    }

    /** Writes {@code <table>.parquet} per table into {@code dir}. */
    public void toParquet(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Connection db = connect("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            for (Table t : tables) {
                Path out = dir.toAbsolutePath().resolve(t.name() + ".parquet");
                sql.execute("COPY (" + select(t) + ") TO " + quote(out.toString()) + " (FORMAT PARQUET)");
            }
        } catch (SQLException e) {
            throw new IOException("DuckDB: " + e.getMessage(), e);
        }
    }

    /** The typed query over one CSV file: cells read as their types, list cells parsed from JSON. */
    String select(Table t) {
        String columns = t.columns().stream()
                .map(c -> quote(c.name()) + ": " + quote(c.type().csvSql()))
                .collect(Collectors.joining(", ", "{", "}"));
        String exprs = t.columns().stream()
                .map(c -> c.type() == ColumnType.TEXT_LIST
                        ? "from_json(" + quoteName(c.name()) + ", '[\"VARCHAR\"]') AS " + quoteName(c.name())
                        : quoteName(c.name()))
                .collect(Collectors.joining(", "));
        String csv = CsvTables.file(csvDir, t).toAbsolutePath().toString();
        return "SELECT " + exprs + " FROM read_csv(" + quote(csv) + ", header = true, auto_detect = false,"
                + " delim = ',', quote = '\"', escape = '\"', allow_quoted_nulls = false, columns = " + columns + ")";
    }

    private static Connection connect(String url) throws IOException {
        requireDriver();
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new IOException("cannot open DuckDB: " + e.getMessage(), e);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String quoteName(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
