package org.parknews.rules;

/** A rule file that cannot be used, with the file and line at fault so a tuner can fix it. */
public class SeedFileException extends RuntimeException {
    public SeedFileException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    }
}
