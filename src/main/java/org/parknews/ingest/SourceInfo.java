package org.parknews.ingest;

/** Where a document came from and how its bytes were read. */
public record SourceInfo(String path, String sha256, String format, String charset, String url, String crawled) {

    public SourceInfo withCharset(String newCharset) {
        return new SourceInfo(path, sha256, format, newCharset, url, crawled);
    }
}
