package org.parknews.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a file that holds one article: a text dump or an HTML page, optionally gzipped (read
 * no further than the document cap, so a gzip bomb is refused after a few megabytes).
 */
public final class ArticleFileReader implements InputReader {
    private final TextDecoder decoder = new TextDecoder();
    private final IngestLimits limits;

    public ArticleFileReader() {
        this(IngestLimits.defaults());
    }

    public ArticleFileReader(IngestLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean accepts(Path file) {
        return FileFormat.of(file).filter(FileFormat::singleArticle).isPresent();
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        FileFormat format = FileFormat.of(file).orElseThrow();
        byte[] bytes = InputBytes.readAll(file, limits);
        if (InputBytes.looksBinary(bytes)) {
            throw new IOException("binary content, not a text or HTML article");
        }
        if (bytes.length == 0) {
            throw new IOException("empty input: the file holds no bytes");
        }
        DecodedText decoded = decoder.decode(bytes, null, true);
        // Crawlers save pages as .txt too; markup goes to the HTML cleaner whatever the name says.
        boolean html = format == FileFormat.HTML || HtmlSniffer.looksLikeHtml(decoded.text());
        List<String> warnings = new ArrayList<>();
        decoded.warningText().ifPresent(warnings::add);
        SourceInfo source = new SourceInfo(file.toString(), Hashing.sha256(bytes), format.label(),
                decoded.charset(), null, null);
        sink.accept(new RawDocument(format.stem(file), source, html ? ContentType.HTML : ContentType.TEXT,
                decoded.text(), Map.of(), warnings));
    }
}
