package org.parknews.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Inputs built to exhaust memory or time, generated on the fly (nothing big is committed):
 * gzip bombs as one compressed member repeated (readers inflate concatenated members as one
 * stream), a sparse file holding a 300 MB line, and JSON nested or numbered past any article.
 */
final class Bombs {
    static final long GIGABYTE = 1L << 30;
    private static final int CHUNK = 4 << 20;

    private Bombs() {
    }

    /** Plain text that inflates to {@code size} bytes: 园区 repeated, text to every sniffer. */
    static byte[] repeatedText(int size) {
        byte[] unit = "园区经济持续向好".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = unit[i % unit.length];
        }
        return b;
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(data);
        }
        return b.toByteArray();
    }

    /** {@code prefix}, then repeated text up to about {@code inflated} bytes, as a multi-member gzip file. */
    static void gzipBomb(Path file, byte[] prefix, long inflated) throws IOException {
        byte[] member = gzip(repeatedText(CHUNK));
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(gzip(prefix));
            for (long done = 0; done < inflated; done += CHUNK) {
                out.write(member);
            }
        }
    }

    /** A .txt.gz article inflating to a gigabyte. */
    static void textBomb(Path dir) throws IOException {
        gzipBomb(dir.resolve("bomb.txt.gz"), "园区新闻\n".getBytes(StandardCharsets.UTF_8), GIGABYTE);
    }

    /** A .jsonl.gz whose first row is a gigabyte long. */
    static void jsonlBomb(Path dir) throws IOException {
        gzipBomb(dir.resolve("bomb.jsonl.gz"), "{\"id\":\"bomb\",\"text\":\"".getBytes(StandardCharsets.UTF_8), GIGABYTE);
    }

    /** A .warc.gz holding one response record whose page inflates to a gigabyte. */
    static void warcBomb(Path dir) throws IOException {
        byte[] httpHead = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        long body = (GIGABYTE / CHUNK + 1) * CHUNK;
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes(HostileFixtures.warcHeader("urn:uuid:6f1c1c2e-0000-4000-8000-000000000001", httpHead.length + body));
        head.writeBytes(httpHead);
        gzipBomb(dir.resolve("bomb.warc.gz"), head.toByteArray(), body);
    }

    /** A plain WARC whose HTTP response is gzip-encoded and inflates to 256 MB: the bomb is inside the record. */
    static void warcPayloadBomb(Path dir) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            byte[] chunk = repeatedText(1 << 20);
            for (int i = 0; i < 256; i++) {
                gz.write(chunk);
            }
        }
        Files.write(dir.resolve("payload-bomb.warc"), HostileFixtures.warcResponse(
                "urn:uuid:6f1c1c2e-0000-4000-8000-000000000002", "Content-Encoding: gzip\r\n", b.toByteArray()));
    }

    /**
     * A JSON Lines file whose first row is 300 MB long (a sparse file: no disk used) and whose
     * second row is a good article, which must still be read.
     */
    static void longLine(Path dir, String goodRow) throws IOException {
        Path file = dir.resolve("long-line.jsonl");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(("{\"id\":\"long\",\"text\":\"" + "园".repeat(4000)).getBytes(StandardCharsets.UTF_8));
            f.seek(300L << 20);
            f.write(("\"}\n" + goodRow + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** JSON Lines rows that hit Jackson's limits: deep nesting, a huge number; between good rows. */
    static void jsonLimits(Path dir, String text) throws IOException {
        String good = HostileFixtures.row("fine", text);
        String deep = "{\"id\":\"deep\",\"text\":\"园区\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        String number = "{\"id\":\"number\",\"text\":\"园区\",\"n\":" + "9".repeat(1_000_000) + "}";
        Files.writeString(dir.resolve("limits.jsonl"), deep + "\n" + good + "\n" + number + "\n");
    }
}
