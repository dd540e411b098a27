package org.parknews.pipeline;

import java.time.Duration;

/**
 * Shows a run's progress as inputs finish: a bar on a terminal, periodic log lines otherwise,
 * nothing when quiet. Implementations are called from many worker threads.
 */
public interface ProgressReporter extends AutoCloseable {

    /** Called once, before the first input, with the number of inputs found. */
    void start(long total);

    /** One input finished (processed, skipped or failed). */
    void step();

    @Override
    void close();

    /** Reports nothing. */
    ProgressReporter NONE = new ProgressReporter() {
        @Override
        public void start(long total) {
        }

        @Override
        public void step() {
        }

        @Override
        public void close() {
        }
    };

    /** The reporter for this process: none when quiet, a bar on a terminal, else log lines. */
    static ProgressReporter forConsole(boolean quiet) {
        if (quiet) {
            return NONE;
        }
        return System.console() != null ? new TerminalProgress() : new LogProgress(Duration.ofSeconds(30));
    }
}
