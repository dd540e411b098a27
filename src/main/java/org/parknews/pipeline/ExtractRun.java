package org.parknews.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parknews.ingest.FileFormat;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputFinder;

/**
 * One incremental extract run over input files into an output folder: inputs read in parallel
 * and their documents processed on a second bounded pool (so one big container file uses every
 * core too), unchanged inputs skipped, each document isolated and time-limited (a failure becomes an error
 * line, never a stopped run), then the state checkpointed, records.jsonl rebuilt and the
 * summary written. Only output failures end a run early, as an {@link IOException}.
 */
public final class ExtractRun {
    private final DocumentProcessor processor;
    private final String version;
    private final String rules;
    private final Ingest ingest;
    private final RunOptions options;

    public ExtractRun(Pipeline pipeline, Ingest ingest, RunOptions options) {
        this(pipeline::process, Version.get(), pipeline.outputSignature(), ingest, options);
    }

    /** @param rules the rule set's hash; a change redoes every input */
    public ExtractRun(DocumentProcessor processor, String version, String rules, Ingest ingest, RunOptions options) {
        this.processor = processor;
        this.version = version;
        this.rules = rules;
        this.ingest = ingest;
        this.options = options;
    }

    public RunSummary run(List<Path> inputs, Path outDir) throws IOException {
        return run(inputs, outDir, ProgressReporter.NONE);
    }

    /**
     * Runs under the output folder's lock, so an overlapping run on the same folder fails with
     * {@link OutputLockedException} (or waits, {@link RunOptions#lockWait()}) instead of interleaving.
     */
    public RunSummary run(List<Path> inputs, Path outDir, ProgressReporter progress) throws IOException {
        try (OutputLock lock = OutputLock.acquire(outDir, options.lockWait())) {
            return runLocked(inputs, outDir, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the output folder's lock", e);
        }
    }

    private RunSummary runLocked(List<Path> inputs, Path outDir, ProgressReporter progress) throws IOException {
        long started = System.nanoTime();
        OutputDirectory out = OutputDirectory.open(outDir, options.fsync());
        InputFinder.Scan scan = new InputFinder(ingest::accepts, outDir).followingLinks(options.followLinks())
                .skippingFoldersWith(RunState.STATE).scan(inputs);
        List<Path> files = scan.files();
        try (RunState state = RunState.open(outDir, options.fsync());
             ErrorLog errors = out.openErrorLog();
             DocumentRunner runner = new DocumentRunner(processor, options.timeout())) {
            scan.problems().forEach(errors::add);
            List<InputState> pruned = options.prune() ? disappeared(state, files) : List.of();
            NameRegistry names = namesOwnedBy(state, pruned);
            claimInInputOrder(names, files);
            RunCounters counters = new RunCounters();
            progress.start(files.size());
            try (WorkerPool documents = new WorkerPool(options.threads(), "parknews-document")) {
                RunContext ctx = new RunContext(out, state, errors, names, counters, runner, documents, ingest,
                        options, version, rules, progress);
                processAll(ctx, files);
            }
            progress.close();
            prune(state, out, pruned);
            state.checkpoint();
            markDuplicates(state, out);
            if (state.changed() || !out.hasRecordsJsonl()) {
                out.rebuildRecordsJsonl(state.recordNames());
                state.recordsPublished();
            }
            errors.publish();
            double seconds = (System.nanoTime() - started) / 1e9;
            RunSummary summary = counters.summary(files.size(), errors.count(), pruned.size(), seconds);
            out.writeSummary(summary);
            return summary;
        } finally {
            progress.close();
        }
    }

    private void processAll(RunContext ctx, List<Path> files) throws IOException {
        try (WorkerPool pool = new WorkerPool(options.threads(), "parknews-input")) {
            for (Path file : files) {
                InputJob job = new InputJob(ctx, file);
                pool.submit(job::run);
            }
            pool.awaitAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("run interrupted", e);
        }
    }

    /**
     * Groups reposts across all current records and rewrites the files whose duplicate_of
     * changed; the state is marked changed first, so a kill in between still rebuilds records.jsonl.
     */
    private static void markDuplicates(RunState state, OutputDirectory out) throws IOException {
        DuplicateMarker marker = new DuplicateMarker(out);
        DuplicateMarker.Plan plan = marker.plan(state.recordNames());
        if (!plan.changes().isEmpty()) {
            state.markChanged();
        }
        marker.apply(plan);
    }

    /** State entries whose input file no longer exists. */
    private static List<InputState> disappeared(RunState state, List<Path> found) {
        Set<String> foundKeys = new HashSet<>();
        found.forEach(f -> foundKeys.add(InputJob.stateKey(f)));
        List<InputState> gone = new ArrayList<>();
        for (InputState e : state.entries()) {
            if (!foundKeys.contains(e.path()) && !Files.exists(Path.of(e.path()))) {
                gone.add(e);
            }
        }
        return gone;
    }

    /**
     * Record names already taken by inputs of earlier runs that still exist. A vanished input's
     * names are free: after a corpus is moved, its files take their records over instead of
     * clashing with their own old paths.
     */
    private static NameRegistry namesOwnedBy(RunState state, List<InputState> pruned) {
        NameRegistry names = new NameRegistry();
        Set<String> prunedPaths = new HashSet<>();
        pruned.forEach(e -> prunedPaths.add(e.path()));
        for (InputState e : state.entries()) {
            if (!prunedPaths.contains(e.path()) && Files.exists(Path.of(e.path()))) {
                e.records().forEach(n -> names.claim(n, e.path()));
            }
        }
        return names;
    }

    /**
     * Single-article files know their record name before they are read; claiming those names in
     * input order means that of two files with the same id the first in order always wins, however
     * the threads happen to run.
     */
    private static void claimInInputOrder(NameRegistry names, List<Path> files) {
        for (Path file : files) {
            FileFormat.of(file).filter(FileFormat::singleArticle).ifPresent(f -> names.claim(SafeFileName.of(f.stem(file)), InputJob.stateKey(file)));
        }
    }

    /** Forgets the disappeared inputs, checkpoints that, and only then deletes their record files. */
    private static void prune(RunState state, OutputDirectory out, List<InputState> pruned) throws IOException {
        if (pruned.isEmpty()) {
            return;
        }
        state.removeAll(pruned.stream().map(InputState::path).toList());
        state.checkpoint();
        Set<String> live = new HashSet<>(state.recordNames());
        List<String> unreferenced = new ArrayList<>();
        for (InputState e : pruned) {
            e.records().stream().filter(n -> !live.contains(n)).forEach(unreferenced::add);
        }
        out.deleteRecords(unreferenced);
    }
}
