package org.parknews.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a file that holds one article: a text dump or an HTML page. */
public final class ArticleFileReader implements InputReader {
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public boolean accepts(Path file) {
        return FileFormat.of(file).isPresent();
    }

    @Override
    public void read(Path file, DocumentSink sink) throws IOException {
        FileFormat format = FileFormat.of(file).orElseThrow();
        byte[] bytes = Files.readAllBytes(file);
        if (looksBinary(bytes)) {
            throw new IOException("binary content, not a text or HTML article");
        }
        boolean html = format == FileFormat.HTML;
        DecodedText decoded = decoder.decode(bytes, null, html);
        List<String> warnings = new ArrayList<>();
        if (decoded.guessed()) {
            warnings.add("charset guessed: " + decoded.charset());
        }
        SourceInfo source = new SourceInfo(file.toString(), Hashing.sha256(bytes), format.label(),
                decoded.charset(), null, null);
        sink.accept(new RawDocument(format.stem(file), source, html ? ContentType.HTML : ContentType.TEXT,
                decoded.text(), Map.of(), warnings));
    }

    /** NUL bytes never occur in text encodings we read except UTF-16, which carries a BOM. */
    private static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE)) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
