package org.parknews.ingest;

/**
 * Where a document came from and how its bytes were read.
 *
 * @param record the 1-based row or record number inside a container input (JSON Lines, WARC), or null
 */
public record SourceInfo(String path, String sha256, String format, String charset, String url, String crawled,
                         Long record) {

    /** A single-article file: no row number. */
    public SourceInfo(String path, String sha256, String format, String charset, String url, String crawled) {
        this(path, sha256, format, charset, url, crawled, null);
    }

    public SourceInfo withPath(String newPath) {
        return new SourceInfo(newPath, sha256, format, charset, url, crawled, record);
    }

    public SourceInfo withCharset(String newCharset) {
        return new SourceInfo(path, sha256, format, newCharset, url, crawled, record);
    }
}
