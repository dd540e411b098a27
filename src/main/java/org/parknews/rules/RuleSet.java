package org.parknews.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parknews.ingest.Hashing;

/**
 * The seed files of one rules folder, loaded once and shared read-only. Each stage turns the
 * files it needs into its own tables; the hash covers every file so a record names the exact
 * rule set that produced it.
 */
public final class RuleSet {
    private final Path dir;
    private final Map<String, SeedFile> files;
    private final String hash;

    private RuleSet(Path dir, Map<String, SeedFile> files, String hash) {
        this.dir = dir;
        this.files = files;
        this.hash = hash;
    }

    public static RuleSet load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SeedFileException(dir.toString(), 0, "rules folder not found");
        }
        Map<String, SeedFile> files = new LinkedHashMap<>();
        MessageDigest digest = Hashing.digest();
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> seedPaths = list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(txt|tsv)"))
                    .sorted().toList();
            for (Path p : seedPaths) {
                String name = p.getFileName().toString();
                SeedFile file = SeedFile.load(dir, name);
                files.put(name, file);
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        } catch (IOException e) {
            throw new SeedFileException(dir.toString(), 0, "cannot list: " + e.getMessage());
        }
        return new RuleSet(dir, Map.copyOf(files), HexFormat.of().formatHex(digest.digest()));
    }

    /** A seed file that must exist. */
    public SeedFile file(String name) {
        SeedFile f = files.get(name);
        if (f == null) {
            throw new SeedFileException(dir.resolve(name).toString(), 0, "required rule file is missing");
        }
        return f;
    }

    /** A seed file that may be absent (an empty one then). */
    public SeedFile optionalFile(String name) {
        SeedFile f = files.get(name);
        return f != null ? f : SeedFile.loadOptional(dir, name);
    }

    public String hash() {
        return hash;
    }

    public Path dir() {
        return dir;
    }
}
