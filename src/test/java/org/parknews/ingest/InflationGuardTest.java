package org.parknews.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gzipped inputs inflate freely up to the limits and stop with a clear reason past them. */
class InflationGuardTest {
    @TempDir
    Path tmp;

    /**
     * @param kind      text: varied, compressible like real text (ratio ~3:1); zeros: a bomb (~1000:1)
     * @param megabytes how much it inflates to
     * @param maxMb     the --max-decompressed limit
     * @param outcome   ok, or the start of the failure message
     */
    @ParameterizedTest(name = "{0} {1} MB, limit {2} MB → {3}")
    @CsvSource({
            "text,  24, 1024, ok",
            "zeros,  8, 1024, ok",
            "zeros, 64, 1024, decompression bomb",
            "text,  24,   16, too large: decompresses to more than 16777216 bytes"})
    void inflatesWithinTheLimitsOnly(String kind, int megabytes, int maxMb, String outcome) throws IOException {
        byte[] data = new byte[megabytes << 20];
        if (kind.equals("text")) {
            Random r = new Random(megabytes);
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) ('a' + r.nextInt(26));
            }
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(data);
        }
        Path file = Files.write(tmp.resolve("input.jsonl.gz"), gz.toByteArray());
        IngestLimits limits = IngestLimits.defaults().withMaxDecompressedBytes((long) maxMb << 20);
        if (outcome.equals("ok")) {
            try (InputStream in = InputBytes.open(file, limits)) {
                assertArrayEquals(data, in.readAllBytes());
            }
        } else {
            InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> {
                try (InputStream in = InputBytes.open(file, limits)) {
                    in.transferTo(OutputStreamNull.INSTANCE);
                }
            });
            assertTrue(e.getMessage().startsWith(outcome), e.getMessage());
            assertTrue(e.wholeInput());
        }
    }

    /** Discards what it is given. */
    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
