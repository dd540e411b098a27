package org.parknews.export;

/**
 * The types of dataset columns, with how each is spelled in SQL (DuckDB, and so Parquet) and in
 * CSV. Lists are written to CSV as JSON arrays, which no name can make ambiguous.
 */
public enum ColumnType {
    TEXT("VARCHAR"),
    INTEGER("BIGINT"),
    /** Exact decimals as in the records: 28 integer digits, 10 after the point. */
    DECIMAL("DECIMAL(38,10)"),
    /** ISO {@code YYYY-MM-DD}. */
    DATE("DATE"),
    /** A list of strings; a JSON array such as {@code ["a","b"]} in CSV. */
    TEXT_LIST("VARCHAR[]");

    private final String sql;

    ColumnType(String sql) {
        this.sql = sql;
    }

    /** The SQL type of the loaded column. */
    public String sql() {
        return sql;
    }

    /** The SQL type the CSV cell is read as before conversion: lists arrive as JSON text. */
    public String csvSql() {
        return this == TEXT_LIST ? "VARCHAR" : sql;
    }
}
