package org.parknews.rules;

import java.util.List;

/** One data line of a seed file: its tab-separated columns and where it stands, for error messages. */
public record SeedLine(String file, int lineNumber, List<String> columns) {

    public String column(int i) {
        return i < columns.size() ? columns.get(i) : "";
    }

    /** The column, or an error naming file and line when it is missing or empty. */
    public String required(int i, String what) {
        String value = column(i);
        if (value.isEmpty()) {
            throw new SeedFileException(file, lineNumber, "missing " + what + " (column " + (i + 1) + ")");
        }
        return value;
    }

    public SeedFileException error(String reason) {
        return new SeedFileException(file, lineNumber, reason);
    }
}
