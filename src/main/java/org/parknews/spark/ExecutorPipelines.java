package org.parknews.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parknews.pipeline.Pipeline;

/**
 * One pipeline per rule set per executor JVM, built on first use: HanLP and the rules load
 * once, every task of the JVM shares them, and nothing heavy is ever serialised into a task.
 */
public final class ExecutorPipelines {
    private static final Map<String, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    private ExecutorPipelines() {
    }

    /** The pipeline for {@code seeds}, loading it if this JVM has not yet. */
    public static Pipeline get(SeedsBundle seeds) {
        return PIPELINES.computeIfAbsent(seeds.key(), k -> Pipeline.load(seeds.materialize()));
    }
}
