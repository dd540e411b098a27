package org.parknews.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes the WARC fixture at test time with jwarc, so no binary file is committed: two HTML
 * responses from {@code fixtures/clean/warc-src} (one GBK with the charset only in the HTTP
 * header, one UTF-8), plus a request record and an image response that the reader must skip.
 */
public final class WarcFixtures {
    public static final Path SOURCES = Path.of("src", "test", "resources", "fixtures", "clean", "warc-src");
    public static final String XIANGJIANG_ID = "urn:uuid:3b1f0c52-6a1e-4c61-9d1e-0a5b2f7e1c01";
    public static final String LILING_ID = "urn:uuid:3b1f0c52-6a1e-4c61-9d1e-0a5b2f7e1c02";

    private WarcFixtures() {
    }

    /** Writes {@code crawl.warc.gz} (or {@code .warc} when {@code gzip} is false) into {@code dir}. */
    public static Path write(Path dir, boolean gzip) throws IOException {
        Path file = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            String url1 = "http://news.example-xj.cn/cyxw/201906/t20190612_5521.html";
            writer.write(new WarcRequest.Builder(URI.create(url1)).date(Instant.parse("2019-06-13T02:00:00Z"))
                    .body(new HttpRequest.Builder("GET", "/cyxw/201906/t20190612_5521.html")
                            .addHeader("Host", "news.example-xj.cn").build()).build());
            writer.write(response(url1, XIANGJIANG_ID, "2019-06-13T02:00:01Z", "text/html; charset=gbk",
                    Files.readAllBytes(SOURCES.resolve("xiangjiang.html"))));
            writer.write(response("http://news.example-xj.cn/logo.png", "urn:uuid:3b1f0c52-6a1e-4c61-9d1e-0a5b2f7e1c09",
                    "2019-06-13T02:00:02Z", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}));
            writer.write(response("https://www.example-tdgc.cn/p/8812.html", LILING_ID, "2020-09-09T11:30:00Z",
                    "text/html", Files.readAllBytes(SOURCES.resolve("liling.html"))));
        }
        return file;
    }

    private static WarcResponse response(String url, String id, String date, String contentType, byte[] body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(URI.create(url)).recordId(URI.create(id)).date(Instant.parse(date))
                .body(http).build();
    }
}
