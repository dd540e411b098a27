package org.parknews.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parknews.ingest.ContentType;
import org.parknews.ingest.FileFormat;
import org.parknews.ingest.InputFinder;

/**
 * The benchmark's input: the bytes of real articles (samples and fixtures), repeated until the
 * corpus reaches the requested size, held in memory so disk speed does not blur the figures.
 */
public record BenchCorpus(List<Item> items, long bytes) {

    /** One article's bytes, as a file of that format would hold them. */
    public record Item(String id, byte[] bytes, ContentType type) {
    }

    public static BenchCorpus build(List<Path> inputs, long minBytes) throws IOException {
        List<Item> originals = new ArrayList<>();
        for (Path file : new InputFinder(p -> FileFormat.of(p).isPresent(), null).find(inputs)) {
            FileFormat format = FileFormat.of(file).orElse(null);
            if (format == null) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > 0) {
                originals.add(new Item(format.stem(file), bytes,
                        format == FileFormat.HTML ? ContentType.HTML : ContentType.TEXT));
            }
        }
        if (originals.isEmpty()) {
            throw new IOException("no text or HTML articles found in " + inputs);
        }
        List<Item> items = new ArrayList<>();
        long total = 0;
        for (int copy = 0; total < minBytes || copy == 0; copy++) {
            for (Item o : originals) {
                items.add(new Item(o.id() + "-" + copy, o.bytes(), o.type()));
                total += o.bytes().length;
            }
        }
        return new BenchCorpus(List.copyOf(items), total);
    }
}
