package org.parknews.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines split at the byte level under a cap: over-long lines are reported, not held, and the next line is intact. */
class LineReaderTest {

    /**
     * Input uses | for a newline and ~ for CR (which counts against the cap until stripped); the
     * expectation lists each line or TOO_LONG(length in bytes), joined by |.
     */
    @ParameterizedTest(name = "cap {1}: {0}")
    @CsvSource(delimiter = ';', value = {
            "a|bb|ccc;          3; a|bb|ccc",
            "a|bb|ccc|;         3; a|bb|ccc",
            "abcd|ef;           3; TOO_LONG(4)|ef",
            "abc~|d;            4; abc|d",
            "abc~|d;            3; TOO_LONG(4)|d",
            "||x;               3; ||x",
            "园区|园;            3; TOO_LONG(6)|园",
            "xxxxxxxxxx;        4; TOO_LONG(10)",
            "ab;                2; ab"})
    void splitsUnderTheCap(String input, int cap, String expected) throws IOException {
        byte[] bytes = input.replace('|', '\n').replace('~', '\r').getBytes(StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        LineReader reader = new LineReader(new ByteArrayInputStream(bytes), cap);
        LineReader.Line line;
        while ((line = reader.next()) != null) {
            lines.add(line.tooLong() ? "TOO_LONG(" + line.length() + ")" : new String(line.bytes(), StandardCharsets.UTF_8));
        }
        assertEquals(expected, String.join("|", lines));
    }

    /** A line of a gigabyte (generated, never stored) is skipped with constant memory and the next line is read. */
    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({"1073741824"})
    void aGigabyteLineIsSkipped(long size) throws IOException {
        InputStream huge = new InputStream() {
            private long left = size;
            private boolean tail;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left > 0) {
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                    left -= n;
                    return n;
                }
                if (!tail) {
                    tail = true;
                    byte[] end = "\nnext\n".getBytes(StandardCharsets.US_ASCII);
                    System.arraycopy(end, 0, b, off, end.length);
                    return end.length;
                }
                return -1;
            }
        };
        LineReader reader = new LineReader(huge, 1 << 20);
        LineReader.Line first = reader.next();
        assertEquals(true, first.tooLong());
        assertEquals(size, first.length());
        assertEquals("next", new String(reader.next().bytes(), StandardCharsets.US_ASCII));
        assertEquals(2, reader.next() == null ? 2 : -1);
    }
}
