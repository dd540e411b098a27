package org.parknews.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The gold files of a folder ({@code *.gold.json}), in name order. */
public final class GoldSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldSet() {
    }

    public static List<GoldArticle> load(Path dir) throws IOException {
        List<GoldArticle> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                try {
                    out.add(JSON.readValue(f.toFile(), GoldArticle.class));
                } catch (IOException e) {
                    throw new IOException(f + ": not a valid gold file: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }
}
