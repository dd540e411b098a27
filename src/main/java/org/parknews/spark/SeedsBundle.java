package org.parknews.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.parknews.ingest.Hashing;

/**
 * The bytes of a rules folder, read on the driver and broadcast, so every executor builds its
 * pipeline from exactly the driver's rules without a shared file system or {@code --files}.
 *
 * @param files top-level file name → content; RuleSet picks the seed files it reads
 * @param key a hash of every name and content: equal folders share one executor pipeline
 */
public record SeedsBundle(Map<String, byte[]> files, String key) implements Serializable {

    public SeedsBundle {
        files = new TreeMap<>(files);
    }

    /** Reads the regular, non-hidden files directly in {@code dir}. */
    public static SeedsBundle read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("rules folder not found: " + dir);
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> paths = list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            for (Path p : paths) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        MessageDigest digest = Hashing.digest();
        files.forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            digest.update((byte) 0);
        });
        return new SeedsBundle(files, HexFormat.of().formatHex(digest.digest()));
    }

    /** Writes the files into a new local folder that the rule loader can read, removed when the JVM exits. */
    public Path materialize() {
        try {
            Path dir = Files.createTempDirectory("parknews-seeds-" + key.substring(0, 12) + "-");
            dir.toFile().deleteOnExit();
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.write(file, e.getValue());
                // Registered after the folder, so deleted before it (deleteOnExit runs in reverse order).
                file.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rules folder on this executor", e);
        }
    }
}
