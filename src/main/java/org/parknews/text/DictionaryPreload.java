package org.parknews.text;

import java.util.ArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Loads HanLP's dictionaries once per JVM. Reading them is the largest part of a one-article
 * run's start-up and none of them depends on the seed rules, so a command may load them on a
 * background thread while it parses its arguments and builds the rules and extractor tables;
 * the {@link Segmenter} then waits for that load instead of starting a second one.
 */
public final class DictionaryPreload {
    // A sentence with a person's name: the segment loads the core, bigram, custom and
    // person-name dictionaries lazily, on the first sentence that needs them.
    private static final String SAMPLE = "园区管委会主任王建国在开工仪式上表示，项目总投资12亿元。";
    private static final FutureTask<Void> LOAD = new FutureTask<>(() -> {
        Segmenter.configured().seg(SAMPLE);
        // The sample's Viterbi pass builds the packed tries and their filters (NameSegment walks
        // them); the cut runs the dictionary route once too, so whatever only it reaches (the
        // core words' costs and tags, if the Viterbi pass's merge did not) is built here as well.
        DictionarySegment.cut(SAMPLE, SAMPLE.toCharArray(), 0, SAMPLE.length(), new ArrayList<>(), new DictionarySegment.Buffers());
    }, null);

    private DictionaryPreload() {
    }

    /** Returns once the dictionaries are loaded: loads them on this thread unless another thread is already. */
    public static void load() {
        // FutureTask runs at most once; a second caller returns at once and waits in get().
        LOAD.run();
        try {
            LOAD.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while HanLP's dictionaries were loading", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
