package org.parknews.pipeline;

import org.parknews.ingest.Ingest;

/** What every input job of one run shares: the output, the state, the limits and the counters. */
record RunContext(OutputDirectory out, RunState state, ErrorLog errors, NameRegistry names, RunCounters counters,
                  DocumentRunner runner, WorkerPool documents, Ingest ingest, RunOptions options, String version, String rules,
                  ProgressReporter progress) {
}
