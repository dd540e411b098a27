package org.parknews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.TestPipeline;
import org.parknews.ingest.Ingest;
import org.parknews.record.RecordJson;

/**
 * Whatever a crawler leaves in the corpus, the run goes on and each input ends as a record or
 * an error line with a clear reason. One row per kind of bad input, with its expected outcome:
 * {@code record <charset>}, {@code error <stage> <reason prefix>}, or {@code skipped}.
 */
class BadInputTest {
    /** A short report in traditional characters, as a Taiwanese or Hong Kong site would serve in Big5. */
    private static final String TRADITIONAL = """
            新竹科學園區去年營業額創新高
            發布時間：2023年3月8日  來源：園區管理局
            記者 陳志明 報導
            新竹科學園區管理局昨日公布，園區去年全年營業額達新台幣一兆五千億元，較前年成長百分之八點二，創歷年新高。\
            其中積體電路產業貢獻最多，佔整體營業額七成以上。
            管理局局長王永壯表示，園區目前共有廠商六百一十家，從業人員超過十七萬人。今年將持續推動智慧製造與綠色能源，\
            預計新增投資金額約三千億元。
            """;

    @TempDir
    Path tmp;

    interface Setup {
        /** Writes the bad input into {@code dir}. */
        void write(Path dir) throws IOException;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("empty file", (Setup) d -> Files.write(d.resolve("empty.txt"), new byte[0]),
                        "error ingest empty input"),
                Arguments.of("whitespace only", (Setup) d -> Files.writeString(d.resolve("blank.html"), "  \n\t\r\n　 \n"),
                        "error ingest empty input"),
                Arguments.of("PNG named .html", (Setup) d -> Files.write(d.resolve("photo.html"), png()),
                        "error ingest binary content"),
                Arguments.of("ZIP named .html", (Setup) d -> Files.write(d.resolve("bundle.html"), zip()),
                        "error ingest binary content"),
                Arguments.of("UTF-8 with invalid bytes", (Setup) d -> Files.write(d.resolve("broken.txt"),
                        withInvalidBytes(sample().getBytes(StandardCharsets.UTF_8))), "record UTF-8"),
                Arguments.of("bytes valid in no charset", (Setup) d -> Files.write(d.resolve("noise.html"), noise()),
                        "error ingest undecodable"),
                Arguments.of("GBK text without a declaration", (Setup) d -> Files.write(d.resolve("gbk.txt"),
                        sample().getBytes(Charset.forName("GBK"))), "record GB18030"),
                Arguments.of("GBK HTML without a declaration", (Setup) d -> Files.write(d.resolve("gbk-page.html"),
                        htmlPage(sample()).getBytes(Charset.forName("GBK"))), "record GB18030"),
                Arguments.of("Big5", (Setup) d -> Files.write(d.resolve("big5.txt"),
                        TRADITIONAL.getBytes(Charset.forName("Big5"))), "record Big5-HKSCS"),
                Arguments.of("UTF-16 with BOM", (Setup) d -> Files.write(d.resolve("utf16.txt"),
                        ("\uFEFF" + sample()).getBytes(StandardCharsets.UTF_16LE)), "record UTF-16LE"),
                Arguments.of("50 MB on one line", (Setup) BadInputTest::writeHugeLine, "error ingest too large"),
                Arguments.of("HTML with no body", (Setup) d -> Files.writeString(d.resolve("headonly.html"),
                        "<html><head><meta charset=\"utf-8\"><title>园区动态</title></head></html>"),
                        "error clean no article text found"),
                Arguments.of("symlink loop", (Setup) d -> Files.createSymbolicLink(d.resolve("loop.html"),
                        Path.of("loop.html")), "error ingest symbolic link loop"),
                Arguments.of("name with spaces and Chinese", (Setup) d -> Files.writeString(
                        d.resolve("园区 新闻 2024 年.txt"), sample()), "record UTF-8"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("badInputs")
    void eachBadInputEndsAsARecordOrAnErrorLine(String name, Setup setup, String expected) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        setup.write(in);
        Path out = tmp.resolve("out");
        RunSummary summary = run(in, out, Duration.ofSeconds(30));
        String[] want = expected.split(" ", 3);
        List<JsonNode> errors = RunFixtures.errors(out);
        switch (want[0]) {
            case "record" -> {
                assertEquals(List.of(), errors, name);
                assertEquals(1, summary.written());
                JsonNode record = RecordJson.MAPPER.readTree(RunFixtures.recordsJsonl(out));
                assertEquals(want[1], record.get("source").get("charset").asText());
                assertTrue(record.get("body").asText().length() > 100, "a real body: " + record.get("body"));
                assertTrue(record.get("title").asText().contains("园区") || record.get("title").asText().contains("園區"),
                        "title decoded: " + record.get("title"));
            }
            case "error" -> {
                assertEquals(1, errors.size(), name + ": " + errors);
                assertEquals(want[1], errors.get(0).get("stage").asText());
                assertTrue(errors.get(0).get("reason").asText().startsWith(want[2]), errors.get(0).toString());
                assertEquals(0, summary.written());
                assertEquals(1, summary.failed());
            }
            case "skipped" -> {
                assertEquals(List.of(), errors);
                assertEquals(0, summary.read());
            }
            default -> throw new IllegalArgumentException(expected);
        }
    }

    @Test
    void deeplyNestedHtmlIsProcessedOrAbandonedAtTheTimeout() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String para = "<p>湘潭高新区今年新引进项目32个，总投资达120亿元，其中工业项目占八成以上。</p>";
        Files.writeString(in.resolve("deep.html"), "<html><head><title>深层嵌套的园区新闻页面</title></head><body>"
                + "<div>".repeat(10_000) + para + "</div>".repeat(10_000) + "</body></html>");
        Path out = tmp.resolve("out");
        RunSummary summary = run(in, out, Duration.ofSeconds(3));
        if (summary.written() == 1) {
            assertTrue(RunFixtures.recordsJsonl(out).contains("总投资达120亿元"));
        } else {
            JsonNode error = RunFixtures.errors(out).get(0);
            assertEquals("timed out after 3 s (--timeout)", error.get("reason").asText());
        }
        assertEquals(1, summary.written() + summary.failed(), "no crash, one outcome");
    }

    @Test
    void anUnreadableFileIsAnErrorLine() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path locked = Files.writeString(in.resolve("locked.txt"), sample());
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root: the file stays readable");
        Path out = tmp.resolve("out");
        run(in, out, Duration.ofSeconds(30));
        JsonNode error = RunFixtures.errors(out).get(0);
        assertEquals("ingest", error.get("stage").asText());
        assertTrue(error.get("trace").asText().contains("AccessDeniedException"), error.toString());
    }

    @Test
    void theRunGoesOnPastEveryBadInput() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Arguments a : badInputs().toList()) {
            ((Setup) a.get()[1]).write(in);
        }
        Files.writeString(in.resolve("good.txt"), sample());
        Path out = tmp.resolve("out");
        RunSummary summary = run(in, out, Duration.ofSeconds(30));
        long expectedErrors = badInputs().filter(a -> ((String) a.get()[2]).startsWith("error")).count();
        long expectedRecords = badInputs().filter(a -> ((String) a.get()[2]).startsWith("record")).count() + 1;
        assertEquals(expectedErrors, summary.failed());
        assertEquals(expectedRecords, summary.written());
        assertTrue(RunFixtures.recordIds(out).contains("good"));
    }

    private static RunSummary run(Path in, Path out, Duration timeout) throws IOException {
        RunOptions options = RunOptions.defaults().withThreads(2).withTimeout(timeout);
        return new ExtractRun(TestPipeline.get(), new Ingest(), options).run(List.of(in), out);
    }

    private static String sample() throws IOException {
        return Files.readString(TestPipeline.SAMPLES.resolve("001_0acc258f0dc2cd30.txt"));
    }

    private static String htmlPage(String text) {
        String[] lines = text.split("\n");
        StringBuilder sb = new StringBuilder("<html><head><title>").append(lines[0]).append("</title></head><body>");
        sb.append("<h1>").append(lines[0]).append("</h1><div class=\"content\">");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                sb.append("<p>").append(lines[i]).append("</p>\n");
            }
        }
        return sb.append("</div></body></html>").toString();
    }

    /** A 1×1 PNG: signature, IHDR, IDAT, IEND. */
    private static byte[] png() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(b, "IHDR", new byte[]{0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0});
        chunk(b, "IDAT", new byte[]{0x78, (byte) 0x9C, 0x63, (byte) 0xF8, 0x0F, 0x00, 0x01, 0x01, 0x01, 0x00});
        chunk(b, "IEND", new byte[0]);
        return b.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream b, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        b.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        b.writeBytes(t);
        b.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        b.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            z.putNextEntry(new ZipEntry("index.html"));
            z.write("<html><body>园区</body></html>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return b.toByteArray();
    }

    /** A good UTF-8 article with a few stray bytes, as a crawler that cut a multi-byte character leaves it. */
    private static byte[] withInvalidBytes(byte[] utf8) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(utf8, 0, 3000);
        b.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xC3, '('});
        b.write(utf8, 3000, utf8.length - 3000);
        return b.toByteArray();
    }

    /** High bytes in no valid sequence of any charset tried: what a corrupted or encrypted file looks like. */
    private static byte[] noise() {
        Random r = new Random(7);
        byte[] b = new byte[5000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (0x80 + r.nextInt(0x80));
        }
        return b;
    }

    private static void writeHugeLine(Path dir) throws IOException {
        byte[] chunk = "园区经济持续向好，".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
    }
}
