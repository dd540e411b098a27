package org.parknews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.parknews.ingest.ContentType;
import org.parknews.ingest.RawDocument;
import org.parknews.ingest.SourceInfo;
import org.parknews.record.Record;

/** One document's failure or hang becomes a reported failure within its time budget. */
class DocumentRunnerTest {
    private static final RawDocument DOC = new RawDocument("a", new SourceInfo("a.txt", "x", "text", "UTF-8", null,
            null), ContentType.TEXT, "正文", Map.of(), List.of());
    private static final Record RECORD = new Record("a", null, null, List.of(), null, null, null, "正文", List.of(),
            List.of(), List.of(), null, null, null, null);

    @Test
    void returnsTheRecord() throws Exception {
        try (DocumentRunner runner = new DocumentRunner(doc -> RECORD, Duration.ofSeconds(5))) {
            assertSame(RECORD, runner.process(DOC));
        }
    }

    @Test
    void abandonsADocumentThatHangs() throws Exception {
        AtomicBoolean released = new AtomicBoolean();
        DocumentProcessor hangs = doc -> {
            // Spins without checking for interrupts, like a runaway regular expression; the
            // test releases it at the end so it does not burn a core for the rest of the build.
            while (!released.get()) {
                Thread.onSpinWait();
            }
            return RECORD;
        };
        long start = System.nanoTime();
        try (DocumentRunner runner = new DocumentRunner(hangs, Duration.ofMillis(300))) {
            DocumentFailure f = assertThrows(DocumentFailure.class, () -> runner.process(DOC));
            assertTrue(f.getMessage().startsWith("timed out after"), f.getMessage());
            assertEquals("extract", f.stage());
            // The runner is usable again right away: the hung thread was left behind.
            DocumentRunner fine = new DocumentRunner(doc -> RECORD, Duration.ofSeconds(5));
            assertSame(RECORD, fine.process(DOC));
            fine.close();
        } finally {
            released.set(true);
        }
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos());
    }

    @Test
    void reportsExceptionsAndStackOverflows() throws Exception {
        try (DocumentRunner runner = new DocumentRunner(doc -> {
            throw new IllegalArgumentException("bad number");
        }, Duration.ofSeconds(5))) {
            DocumentFailure f = assertThrows(DocumentFailure.class, () -> runner.process(DOC));
            assertEquals("bad number", f.getMessage());
            assertTrue(f.getCause() instanceof IllegalArgumentException);
        }
        try (DocumentRunner runner = new DocumentRunner(doc -> recurse(0), Duration.ofSeconds(30))) {
            DocumentFailure f = assertThrows(DocumentFailure.class, () -> runner.process(DOC));
            assertEquals("too deeply nested (stack overflow)", f.getMessage());
        }
    }

    private static Record recurse(int depth) {
        return depth < 0 ? RECORD : recurse(depth + 1);
    }

    @Test
    void namesTheStageFromTheFailingPackage() {
        RuntimeException fromCleaner = new RuntimeException("x");
        fromCleaner.setStackTrace(new StackTraceElement[]{
                new StackTraceElement("java.lang.String", "charAt", null, 1),
                new StackTraceElement("org.parknews.clean.HtmlCleaner", "clean", null, 2),
                new StackTraceElement("org.parknews.pipeline.Pipeline", "process", null, 3)});
        assertEquals("clean", DocumentRunner.stageOf(fromCleaner));
        RuntimeException fromPipeline = new RuntimeException("y");
        fromPipeline.setStackTrace(new StackTraceElement[]{
                new StackTraceElement("org.parknews.pipeline.Pipeline", "process", null, 3)});
        assertEquals("extract", DocumentRunner.stageOf(fromPipeline));
    }
}
