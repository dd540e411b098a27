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

    private TraditionalFold() {
    }

    static char fold(char c) {
        return MAP[c];
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
