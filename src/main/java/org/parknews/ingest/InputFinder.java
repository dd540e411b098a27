package org.parknews.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into files in a stable order: a directory is walked
 * recursively and keeps the files some reader accepts; a file named directly is always kept so
 * that an unsupported one is reported rather than silently ignored.
 */
public final class InputFinder {
    private final Predicate<Path> readable;
    private final Path excluded;

    /** @param excluded a directory never read as input (the output directory), or null */
    public InputFinder(Predicate<Path> readable, Path excluded) {
        this.readable = readable;
        this.excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
    }

    public List<Path> find(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isExcluded(p))
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(readable)
                            .sorted()
                            .forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new IOException("input not found: " + input);
            }
        }
        return files;
    }

    private boolean isExcluded(Path p) {
        return excluded != null && p.toAbsolutePath().normalize().startsWith(excluded);
    }
}
