package org.parknews.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON Lines dump (one article object per line, {@code .gz} streamed): the article is
 * under {@code html} or {@code text} (or a common alternative key), and the row's header values
 * become hints for the cleaner. A broken row becomes an error with its row number; the
 * rest of the file goes on. Rows are read under the limits: a row longer than the document cap
 * is skipped unbuffered, and Jackson refuses nesting, strings and numbers past its constraints.
 */
public final class JsonLinesReader implements InputReader {
    private static final List<String> HTML_KEYS = List.of("html", "raw_html", "content_html");
    private static final List<String> TEXT_KEYS = List.of("text", "content", "body", "article", "maintext");
    private static final Map<String, List<String>> HINT_KEYS = Map.of(
            "title", List.of("title", "headline"),
            "published", List.of("published", "date", "time", "pubdate", "publish_time", "published_at", "pub_time"),
            "author", List.of("author", "authors", "byline"),
            "origin", List.of("source", "origin"),
            "site", List.of("site", "site_name", "sitename"));
    private static final List<String> URL_KEYS = List.of("url", "link", "source_url");
    private static final List<String> CRAWLED_KEYS = List.of("crawled", "crawl_time", "crawled_at", "fetched");

    private final IngestLimits limits;
    // Built on the first row read: most runs read no JSON Lines, and a first ObjectMapper costs a
    // fresh JVM a few hundred milliseconds of class loading.
    private volatile ObjectMapper mapper;

    public JsonLinesReader() {
        this(IngestLimits.defaults());
    }

    public JsonLinesReader(IngestLimits limits) {
        this.limits = limits;
    }

    private ObjectMapper mapper() {
        ObjectMapper m = mapper;
        if (m == null) {
            // Threads racing here may each build one; they are identical, so any of them will do.
            StreamReadConstraints constraints = StreamReadConstraints.builder()
                    .maxNestingDepth(IngestLimits.MAX_JSON_DEPTH)
                    .maxNumberLength(IngestLimits.MAX_JSON_NUMBER_LENGTH)
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()))
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .build();
            m = new ObjectMapper(JsonFactory.builder().streamReadConstraints(constraints).build());
            mapper = m;
        }
        return m;
    }

    @Override
    public boolean accepts(Path file) {
        return FileFormat.of(file).filter(f -> f == FileFormat.JSONL).isPresent();
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        String stem = FileFormat.JSONL.stem(file);
        try (InputStream in = InputBytes.open(file, limits)) {
            in.mark(8192);
            byte[] head = in.readNBytes(8192);
            if (InputBytes.looksBinary(head)) {
                throw new IOException("binary content, not JSON Lines");
            }
            in.reset();
            LineReader lines = new LineReader(in, limits.maxDocumentBytes());
            LineReader.Line next;
            while ((next = lines.next()) != null) {
                long row = next.number();
                if (next.tooLong()) {
                    sink.error(new InputError(file.toString(), row, "ingest", "row " + row + ": "
                            + limits.documentTooLarge("the row (" + next.length() + " bytes)"), null));
                    continue;
                }
                // JSON Lines are UTF-8 by definition; bytes that are not are replaced (and warned about below).
                String line = new String(next.bytes(), StandardCharsets.UTF_8);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.accept(document(file, stem, row, line));
                } catch (StreamConstraintsException e) {
                    sink.error(new InputError(file.toString(), row, "ingest",
                            "row " + row + ": refused by the JSON limits: " + e.getOriginalMessage(), null));
                } catch (JsonProcessingException e) {
                    sink.error(new InputError(file.toString(), row, "ingest",
                            "row " + row + ": not valid JSON: " + e.getOriginalMessage(), null));
                } catch (IllegalArgumentException e) {
                    sink.error(new InputError(file.toString(), row, "ingest", "row " + row + ": " + e.getMessage(), null));
                }
            }
        }
    }

    private RawDocument document(Path file, String stem, long row, String line) throws JsonProcessingException {
        JsonNode node = mapper().readTree(line);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String html = firstText(node, HTML_KEYS);
        String text = html == null ? firstText(node, TEXT_KEYS) : null;
        if (html == null && text == null) {
            throw new IllegalArgumentException("no article text (expected one of " + HTML_KEYS + " or " + TEXT_KEYS + ")");
        }
        boolean isHtml = html != null || HtmlSniffer.looksLikeHtml(text);
        Map<String, String> hints = new HashMap<>();
        HINT_KEYS.forEach((hint, keys) -> {
            String v = firstText(node, keys);
            if (v != null) {
                hints.put(hint, v);
            }
        });
        String id = firstText(node, List.of("id", "_id", "doc_id", "uuid"));
        SourceInfo source = new SourceInfo(file.toString(), Hashing.sha256(line), FileFormat.JSONL.label(), "UTF-8",
                firstText(node, URL_KEYS), firstText(node, CRAWLED_KEYS), row);
        // JSON Lines are UTF-8 by definition; bytes that are not were replaced while reading.
        List<String> warnings = line.indexOf('\uFFFD') >= 0 ? List.of("invalid UTF-8 in row " + row + " replaced") : List.of();
        return new RawDocument(id != null ? id : stem + "-" + row, source, isHtml ? ContentType.HTML : ContentType.TEXT,
                html != null ? html : text, hints, warnings);
    }

    /** The first key present with a non-blank value; arrays (several authors) are joined with 、. */
    private static String firstText(JsonNode node, List<String> keys) {
        for (String key : keys) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                continue;
            }
            String s;
            if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(x -> {
                    if (x.isValueNode() && !x.asText().isBlank()) {
                        parts.add(x.asText().strip());
                    }
                });
                s = String.join("、", parts);
            } else if (v.isValueNode()) {
                s = v.asText();
            } else {
                continue;
            }
            if (!s.isBlank()) {
                return s;
            }
        }
        return null;
    }
}
