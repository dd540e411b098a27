package org.parknews.export;

/** The dataset formats {@code parknews export} writes. */
public enum ExportFormat {
    /** articles.csv, entities.csv, facts.csv in the output folder. */
    CSV,
    /** articles.parquet, entities.parquet, facts.parquet in the output folder (via DuckDB). */
    PARQUET,
    /** One DuckDB database file with the three tables. */
    DUCKDB
}
