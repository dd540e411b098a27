package org.parknews.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Maps traditional characters to simplified ones for matching, from the conversion table HanLP
 * ships ({@code data/dictionary/tc/t2s.txt}). Only one-character-to-one-character pairs within
 * the Basic Multilingual Plane are used, so the fold keeps every UTF-16 offset: rules match
 * simplified text while spans still point into the original body.
 */
final class TraditionalFold {
    private static final String TABLE = "/data/dictionary/tc/t2s.txt";
    private static final char[] MAP = load();
    /**
     * A bit per character: set where {@link #MAP} changes it. Folding reads every character of
     * every body several times; the bits of the Han range are 2.6 KB and stay in the fastest
     * cache, where the map's are 42 KB, and simplified text never reads the map.
     */
    private static final long[] CHANGES = changes(MAP);

    private TraditionalFold() {
    }

    static char fold(char c) {
        return (CHANGES[c >>> 6] & 1L << c) == 0 ? c : MAP[c];
    }

    private static long[] changes(char[] map) {
        long[] bits = new long[map.length / Long.SIZE];
        for (int c = 0; c < map.length; c++) {
            if (map[c] != c) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    private static char[] load() {
        char[] map = new char[Character.MAX_VALUE + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = (char) i;
        }
        try (InputStream in = TraditionalFold.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("HanLP's conversion table " + TABLE + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq == 1 && line.length() == 3 && !Character.isSurrogate(line.charAt(0))
                        && !Character.isSurrogate(line.charAt(2))) {
                    map[line.charAt(0)] = line.charAt(2);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
