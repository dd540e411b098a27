package org.parknews.pipeline;

/** What a run decides about one input by comparing it with the state of the previous runs. */
public enum InputStatus {
    /** Not in the state: processed for the first time. */
    NEW,
    /** Content, program version or rules differ from the state (or --full): processed again. */
    CHANGED,
    /** Same as last time, but last time it failed: processed again so the failure stays visible or gets fixed. */
    RETRIED,
    /** Same as last time and it succeeded: skipped, its records kept. */
    UNCHANGED;

    public static InputStatus classify(InputState previous, InputFingerprint now, String version, String rules,
                                       boolean full) {
        if (previous == null) {
            return NEW;
        }
        if (full || !previous.matches(now, version, rules)) {
            return CHANGED;
        }
        return previous.errors() > 0 ? RETRIED : UNCHANGED;
    }
}
