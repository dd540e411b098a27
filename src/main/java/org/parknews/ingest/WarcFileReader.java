package org.parknews.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file (plain or gzipped, via jwarc): every HTTP response record holding HTML
 * becomes a document, with the HTTP charset passed to the decoder as the declaration,
 * WARC-Target-URI as {@code source.url} and WARC-Date as {@code source.crawled}. Requests,
 * metadata and non-HTML payloads are skipped; a broken record is reported with its number.
 * A {@code .warc.gz} is inflated here under the inflation limits (jwarc would inflate it without
 * any), and each payload is read up to the document cap, so a bomb fails its file or record only.
 */
public final class WarcFileReader implements InputReader {
    private final TextDecoder decoder = new TextDecoder();
    private final IngestLimits limits;

    public WarcFileReader() {
        this(IngestLimits.defaults());
    }

    public WarcFileReader(IngestLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean accepts(Path file) {
        return FileFormat.of(file).filter(f -> f == FileFormat.WARC).isPresent();
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        if (Files.size(file) == 0) {
            throw new IOException("empty input: the file holds no bytes");
        }
        long number = 0;
        try (WarcReader reader = open(file)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (InputTooLargeException e) {
                    sink.error(new InputError(file.toString(), number + 1, "ingest", e.getMessage(), null));
                    return;
                } catch (IOException | RuntimeException e) {
                    sink.error(InputError.of(file.toString(), number + 1, "ingest",
                            new IOException("record " + (number + 1) + ": unreadable WARC record: " + e.getMessage(), e)));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                number++;
                if (next.get() instanceof WarcResponse response) {
                    try {
                        document(file, response, number).ifPresent(sink::accept);
                    } catch (InputTooLargeException e) {
                        sink.error(new InputError(file.toString(), number, "ingest",
                                "record " + number + ": " + e.getMessage(), null));
                        if (e.wholeInput()) {
                            return;
                        }
                    } catch (IOException | RuntimeException e) {
                        sink.error(InputError.of(file.toString(), number, "ingest",
                                new IOException("record " + number + ": " + e.getMessage(), e)));
                    }
                }
            }
        }
    }

    /** A plain WARC is read from the file (its size is its bound); a gzipped one through the inflation limits. */
    private WarcReader open(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return new WarcReader(file);
        }
        InputStream in = InputBytes.open(file, limits);
        try {
            return new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private Optional<RawDocument> document(Path file, WarcResponse response, long number) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
                && !response.contentType().base().equals(MediaType.HTTP.base())) {
            return Optional.empty();
        }
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        String subtype = type.subtype().toLowerCase(Locale.ROOT);
        if (!subtype.equals("html") && !subtype.equals("xhtml+xml")) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = InputBytes.readCapped(body, limits, "the payload");
        }
        if (bytes.length == 0 || InputBytes.looksBinary(bytes)) {
            throw new IOException("HTML response without readable content");
        }
        DecodedText decoded = decoder.decode(bytes, type.parameters().get("charset"), true);
        List<String> warnings = new ArrayList<>();
        decoded.warningText().ifPresent(warnings::add);
        SourceInfo source = new SourceInfo(file.toString(), Hashing.sha256(bytes), FileFormat.WARC.label(),
                decoded.charset(), response.target(), response.date().toString(), number);
        return Optional.of(new RawDocument(response.id().toString(), source, ContentType.HTML, decoded.text(),
                Map.of(), warnings));
    }
}
