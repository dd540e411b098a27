package org.parknews.export;

/** One column of a dataset table, with the sentence that documents it. */
public record Column(String name, ColumnType type, String description) {
}
