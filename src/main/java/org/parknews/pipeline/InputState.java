package org.parknews.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One line of the run state: what an input was when it was last processed, by which program
 * and rule set, and which record files it produced.
 *
 * @param path    the input's absolute, normalised path (the state's key)
 * @param records the record file names (without {@code .json}) this input produced
 * @param errors  how many error lines it gave; an input with errors is retried on every run
 */
@JsonPropertyOrder({"path", "size", "sha256", "version", "rules", "records", "errors"})
public record InputState(String path, long size, String sha256, String version, String rules,
                         List<String> records, int errors) {

    public InputState {
        records = List.copyOf(records);
    }

    /** Whether this entry still describes the input as it is now, processed by this program and rules. */
    public boolean matches(InputFingerprint now, String currentVersion, String currentRules) {
        return size == now.size() && sha256.equals(now.sha256()) && version.equals(currentVersion)
                && rules.equals(currentRules);
    }
}
