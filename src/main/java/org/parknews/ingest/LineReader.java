package org.parknews.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than the cap of one line:
 * {@code BufferedReader.readLine} would buffer a 2 GB line whole and run out of memory, this
 * reader keeps the first {@code cap} bytes, skips the rest up to the newline, and says the
 * line was too long, so that row fails and the next one is read.
 */
final class LineReader {
    /** One line: its bytes without the newline (and a trailing CR), or null when it was over the cap. */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long cap;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private long number;

    LineReader(InputStream in, long cap) {
        this.in = in;
        this.cap = cap;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int size = 0;
        long length = 0;
        boolean over = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int nl = pos;
            while (nl < end && buf[nl] != '\n') {
                nl++;
            }
            int n = nl - pos;
            length += n;
            if (!over && length > cap) {
                over = true;
                line = null;
            }
            if (!over) {
                if (size + n > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(cap, Math.max((long) line.length * 2, size + n)));
                }
                System.arraycopy(buf, pos, line, size, n);
                size += n;
            }
            pos = nl;
            if (nl < end) {
                pos++;
                break;
            }
        }
        number++;
        if (over) {
            return new Line(number, null, length);
        }
        if (size > 0 && line[size - 1] == '\r') {
            size--;
        }
        return new Line(number, Arrays.copyOf(line, size), length);
    }
}
