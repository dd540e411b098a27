package org.parknews.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The readers behind {@link Ingest}: JSON Lines, WARC, single-article files and what they refuse. */
class InputReadersTest {
    @TempDir
    Path dir;

    private final Ingest ingest = new Ingest();
    private final List<RawDocument> docs = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private final DocumentSink sink = new DocumentSink() {
        @Override
        public void accept(RawDocument document) {
            docs.add(document);
        }

        @Override
        public void error(InputError error) {
            errors.add(error);
        }
    };

    @ParameterizedTest
    @CsvSource({
            "a.txt, text, a", "a.txt.gz, text, a", "a.html, html, a", "a.SHTML, html, a", "a.jsp, html, a",
            "a.php, html, a", "a.asp, html, a", "a.htm.gz, html, a", "dump.jsonl, jsonl, dump",
            "dump.jsonl.gz, jsonl, dump", "dump.ndjson, jsonl, dump", "crawl.warc, warc, crawl",
            "crawl.warc.gz, warc, crawl"})
    void formatsAreKnownByName(String name, String label, String stem) {
        FileFormat f = FileFormat.of(Path.of(name)).orElseThrow();
        assertAll(() -> assertEquals(label, f.label()), () -> assertEquals(stem, f.stem(Path.of(name))),
                () -> assertTrue(ingest.accepts(Path.of(name))));
    }

    @ParameterizedTest
    @CsvSource({"a.pdf", "a.gz", "a.json", "a.docx"})
    void otherFilesGetAClearPerFileError(String name) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "x");
        ingest.read(file, sink);
        assertAll(() -> assertEquals(0, docs.size()), () -> assertEquals(1, errors.size()),
                () -> assertTrue(errors.get(0).reason().startsWith("unsupported file type"), errors.get(0).reason()));
    }

    @ParameterizedTest
    @CsvSource({"image.html", "archive.txt", "rows.jsonl"})
    void binaryContentIsRefusedWithAReason(String name) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ingest.read(Files.write(dir.resolve(name), png), sink);
        assertAll(() -> assertEquals(0, docs.size()),
                () -> assertTrue(errors.get(0).reason().contains("binary"), errors.get(0).reason()));
    }

    @Test
    void jsonLinesRowsMapCommonKeysAndKeepGoingPastBrokenRows() throws IOException {
        String rows = String.join("\n",
                "{\"id\": \"r1\", \"title\": \"标题一\", \"text\": \"正文一。\", \"date\": \"2021/6/9\", \"authors\": [\"张三\", \"李四\"],"
                        + " \"url\": \"http://x.cn/a\", \"source\": \"湖南日报\", \"crawl_time\": \"2021-06-10\"}",
                "",
                "{\"content\": \"<div><p>正文二。</p></div>\", \"time\": \"2022-01-02 08:00\"}",
                "[1, 2]",
                "{\"html\": \"<p>正文三。</p>\", \"body\": \"ignored\"}",
                "{\"id\": 7, \"body\": \"正文四。\"}",
                "{\"title\": \"no text\"");
        Path file = dir.resolve("news.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(rows.getBytes(StandardCharsets.UTF_8));
        }
        ingest.read(file, sink);
        assertAll(
                () -> assertEquals(List.of("r1", "news-3", "news-5", "7"), docs.stream().map(RawDocument::id).toList()),
                () -> assertEquals(List.of(ContentType.TEXT, ContentType.HTML, ContentType.HTML, ContentType.TEXT),
                        docs.stream().map(RawDocument::contentType).toList()),
                () -> assertEquals("<p>正文三。</p>", docs.get(2).text()),
                () -> assertEquals("2021/6/9", docs.get(0).hint("published")),
                () -> assertEquals("张三、李四", docs.get(0).hint("author")),
                () -> assertEquals("湖南日报", docs.get(0).hint("origin")),
                () -> assertEquals("http://x.cn/a", docs.get(0).source().url()),
                () -> assertEquals("2021-06-10", docs.get(0).source().crawled()),
                () -> assertEquals(List.of(1L, 3L, 5L, 6L), docs.stream().map(d -> d.source().record()).toList()),
                () -> assertEquals(List.of(4L, 7L), errors.stream().map(InputError::record).toList()),
                () -> assertTrue(errors.get(0).reason().startsWith("row 4: not a JSON object"), errors.get(0).reason()),
                () -> assertTrue(errors.get(1).reason().startsWith("row 7: not valid JSON"), errors.get(1).reason()));
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void warcResponsesWithHtmlBecomeDocumentsAndTheRestIsSkipped(boolean gzip) throws IOException {
        ingest.read(WarcFixtures.write(dir, gzip), sink);
        assertAll(
                () -> assertEquals(List.of(WarcFixtures.XIANGJIANG_ID, WarcFixtures.LILING_ID),
                        docs.stream().map(RawDocument::id).toList()),
                () -> assertEquals(List.of(2L, 4L), docs.stream().map(d -> d.source().record()).toList()),
                () -> assertEquals(List.of("GB18030", "UTF-8"), docs.stream().map(d -> d.source().charset()).toList()),
                () -> assertTrue(docs.get(0).text().contains("智能网联汽车测试区")),
                () -> assertEquals("2020-09-09T11:30:00Z", docs.get(1).source().crawled()),
                () -> assertEquals(List.of(), errors));
    }

    @Test
    void aTruncatedWarcKeepsTheRecordsBeforeTheBreakAndReportsIt() throws IOException {
        Path full = WarcFixtures.write(dir, false);
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - 300));
        ingest.read(cut, sink);
        assertAll(
                () -> assertEquals(List.of(WarcFixtures.XIANGJIANG_ID), docs.stream().map(RawDocument::id).toList()),
                () -> assertEquals(1, errors.size(), errors.toString()),
                () -> assertEquals(4L, errors.get(0).record()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<!DOCTYPE html><html><body><p>正文。</p></body></html> | HTML",
            "  <html><head><title>t</title></head></html> | HTML",
            "<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"x\"><html></html> | HTML",
            "<div>第一段。</div><div>第二段。</div> | HTML",
            "标题\\n正文里提到<p>标签一次。 | TEXT",
            "湘潭高新区:创新驱动转型升级\\n作者:刘艳 | TEXT"})
    void aTextFileHoldingMarkupIsReadAsHtml(String content, ContentType expected) throws IOException {
        ingest.read(Files.writeString(dir.resolve("page.txt"), content.replace("\\n", "\n")), sink);
        assertEquals(expected, docs.get(0).contentType());
    }

    @Test
    void invalidUtf8InAJsonLinesRowIsReplacedWithAWarning() throws IOException {
        byte[] row = "{\"text\": \"园区X正文。\"}\n".getBytes(StandardCharsets.UTF_8);
        row[13] = (byte) 0xFF;
        ingest.read(Files.write(dir.resolve("bad.jsonl"), row), sink);
        assertAll(() -> assertTrue(docs.get(0).text().contains("\uFFFD"), docs.get(0).text()),
                () -> assertEquals(List.of("invalid UTF-8 in row 1 replaced"), docs.get(0).warnings()));
    }

    @Test
    void aGzippedTextDumpIsStreamed() throws IOException {
        Path file = dir.resolve("dump.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("标题\n\n正文。".getBytes(StandardCharsets.UTF_8));
        }
        ingest.read(file, sink);
        assertAll(() -> assertEquals("dump", docs.get(0).id()), () -> assertEquals("标题\n\n正文。", docs.get(0).text()),
                () -> assertEquals("text", docs.get(0).source().format()));
    }
}
