package org.parknews.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parknews.TestPipeline;
import org.parknews.ingest.Ingest;
import org.parknews.pipeline.ExtractRun;
import org.parknews.pipeline.RunOptions;
import org.parknews.pipeline.RunSummary;
import org.parknews.record.RecordJson;

/** Builds hostile inputs from the shipped samples, in memory, and runs them. */
final class HostileFixtures {
    private HostileFixtures() {
    }

    /** The shipped sample reports, as text. */
    static List<String> samples() throws IOException {
        try (Stream<Path> s = Files.list(TestPipeline.SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    static String sample() throws IOException {
        return samples().get(1);
    }

    /** A sample report as a plain HTML page, with {@code extraHead} and {@code extraBody} markup around it. */
    static String page(String text, String extraHead, String extraBody) {
        String[] lines = text.split("\n");
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(lines[0]).append("</title>").append(extraHead).append("</head><body>")
                .append(extraBody).append("<h1>").append(lines[0]).append("</h1><div class=\"content\">");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                sb.append("<p>").append(lines[i]).append("</p>\n");
            }
        }
        return sb.append("</div></body></html>").toString();
    }

    /**
     * One JSON Lines row with the given id (any string) and article text, non-ASCII escaped as
     * backslash-u escapes the way Python's json.dumps writes it, so even a lone surrogate gets through.
     */
    static String row(String id, String text) {
        ObjectNode n = RecordJson.MAPPER.createObjectNode();
        n.put("id", id);
        n.put("text", text);
        try {
            return ASCII_JSON.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper ASCII_JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .configure(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature(), true);

    /** A WARC response record (uncompressed) holding an HTTP response with the given extra headers and body. */
    static byte[] warcResponse(String recordId, String extraHttpHeaders, byte[] body) {
        byte[] httpHead = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extraHttpHeaders
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        return warcRecord(recordId, httpHead, body, httpHead.length + (long) body.length);
    }

    /** The WARC header for a response whose block (HTTP head and body) is {@code blockLength} bytes; the block follows. */
    static byte[] warcHeader(String recordId, long blockLength) {
        return ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <" + recordId + ">\r\n"
                + "WARC-Date: 2024-05-06T07:08:09Z\r\nWARC-Target-URI: http://news.example.cn/park/1.html\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + blockLength + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] warcRecord(String recordId, byte[] httpHead, byte[] body, long blockLength) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(warcHeader(recordId, blockLength));
        b.writeBytes(httpHead);
        b.writeBytes(body);
        b.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return b.toByteArray();
    }

    static RunSummary run(Path in, Path out) throws IOException {
        return run(in, out, RunOptions.defaults().withThreads(2), new Ingest());
    }

    static RunSummary run(Path in, Path out, RunOptions options, Ingest ingest) throws IOException {
        return new ExtractRun(TestPipeline.get(), ingest, options).run(List.of(in), out);
    }

    /** Every regular file under {@code dir}, absolute and normalised. */
    static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        }
    }
}
