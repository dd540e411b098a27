package org.parknews.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Counts the bytes a decompressing stream yields against the compressed bytes it consumed and
 * stops with {@link InputTooLargeException} past the total cap or the ratio cap, so a gzip bomb
 * costs a fraction of a second and no memory instead of filling the disk or the heap downstream.
 */
final class InflationGuard extends FilterInputStream {
    private final Counted compressed;
    private final IngestLimits limits;
    private long inflated;

    /** @param compressed the raw file stream under the decompressor, counting what it handed over */
    InflationGuard(InputStream decompressed, Counted compressed, IngestLimits limits) {
        super(decompressed);
        this.compressed = compressed;
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping inflates too; go through read so it is counted.
        byte[] buf = new byte[8192];
        long left = n;
        while (left > 0) {
            int r = read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                break;
            }
            left -= r;
        }
        return n - left;
    }

    private void add(int n) throws InputTooLargeException {
        inflated += n;
        if (inflated > limits.maxDecompressedBytes()) {
            throw new InputTooLargeException(String.format(Locale.ROOT,
                    "too large: decompresses to more than %d bytes (--max-decompressed)", limits.maxDecompressedBytes()), true);
        }
        if (inflated > IngestLimits.RATIO_FLOOR && inflated > compressed.count() * limits.maxRatio()) {
            throw new InputTooLargeException(String.format(Locale.ROOT,
                    "decompression bomb: %d compressed bytes inflated to over %d (ratio limit %d)",
                    compressed.count(), inflated, limits.maxRatio()), true);
        }
    }

    /** A stream that counts the bytes read through it. */
    static final class Counted extends FilterInputStream {
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
