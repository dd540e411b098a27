package org.parknews.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.file.PathUtils;
import org.parknews.ingest.ContentType;
import org.parknews.ingest.TextDecoder;

/**
 * Proves the run streams: writes a JSON Lines file of at least the requested size (the bench
 * articles repeated, one per row) into a temporary folder, runs {@code parknews extract} on it
 * in a child JVM with a small heap, reads the child's GC log for the peak heap, and deletes
 * everything afterwards.
 */
public final class MemoryCheck {
    private static final Pattern GC_PAUSE = Pattern.compile("Pause.*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** What the child run did. */
    public record Result(long inputBytes, int rows, int exitCode, double seconds, long peakHeapMb, long peakLiveMb,
                         String summary) {
        public String render(String heap) {
            return String.format(Locale.ROOT,
                    "memory check: %.2f GB JSON Lines, %d rows, child JVM -Xmx%s: exit %d in %.0f s (%.1f rows/s); "
                            + "peak heap %d MB, largest live set after GC %d MB%n  child: %s%n",
                    inputBytes / 1e9, rows, heap, exitCode, seconds, rows / seconds, peakHeapMb, peakLiveMb, summary);
        }
    }

    private MemoryCheck() {
    }

    public static Result run(BenchCorpus corpus, long minBytes, String heap, Path seeds, int threads)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("parknews-memory");
        try {
            Path input = dir.resolve("corpus.jsonl");
            int rows = writeJsonLines(corpus, input, minBytes);
            Path gcLog = dir.resolve("gc.log");
            Path childOut = dir.resolve("child.txt");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Xlog:gc:file=" + gcLog,
                    "-cp", System.getProperty("java.class.path"), "org.parknews.cli.Main", "extract", input.toString(),
                    "--out", dir.resolve("out").toString(), "--seeds", seeds.toString(), "--threads",
                    Integer.toString(threads), "--quiet"));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(childOut.toFile()).start();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] peak = peakHeap(gcLog);
            List<String> out = Files.readAllLines(childOut, StandardCharsets.UTF_8);
            String summary = out.isEmpty() ? "(no output)" : out.get(out.size() - 1);
            return new Result(Files.size(input), rows, exit, seconds, peak[0], peak[1], summary);
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    /** Writes rows until the file holds at least {@code minBytes}; never holds more than one row in memory. */
    private static int writeJsonLines(BenchCorpus corpus, Path file, long minBytes) throws IOException {
        TextDecoder decoder = new TextDecoder();
        List<String[]> originals = new ArrayList<>();
        for (BenchCorpus.Item item : corpus.items()) {
            if (item.id().endsWith("-0")) {
                boolean html = item.type() == ContentType.HTML;
                originals.add(new String[] {html ? "html" : "text", decoder.decode(item.bytes(), null, html).text()});
            }
        }
        int rows = 0;
        try (OutputStream os = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(new SerializedString("\n"));
            while (Files.size(file) < minBytes) {
                for (String[] o : originals) {
                    g.writeStartObject();
                    g.writeStringField("id", "row-" + rows++);
                    g.writeStringField(o[0], o[1]);
                    g.writeEndObject();
                }
                g.flush();
            }
            g.writeRaw('\n');
        }
        return rows;
    }

    /** {peak heap before a collection, largest heap after one}, in MB, from a -Xlog:gc file. */
    private static long[] peakHeap(Path gcLog) throws IOException {
        long before = 0;
        long after = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
                Matcher m = GC_PAUSE.matcher(line);
                if (m.find()) {
                    before = Math.max(before, Long.parseLong(m.group(1)));
                    after = Math.max(after, Long.parseLong(m.group(2)));
                }
            }
        }
        return new long[] {before, after};
    }
}
