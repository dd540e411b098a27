package org.parknews.pipeline;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal (stderr), with inputs per second and the time left. */
final class TerminalProgress implements ProgressReporter {
    private ProgressBar bar;

    @Override
    public synchronized void start(long total) {
        bar = new ProgressBarBuilder()
                .setTaskName("extract")
                .setInitialMax(total)
                .setUnit(" articles", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(500)
                .build();
    }

    @Override
    public void step() {
        ProgressBar b = bar;
        if (b != null) {
            b.step();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
