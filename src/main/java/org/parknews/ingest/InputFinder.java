package org.parknews.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Expands the command line's inputs into files in a stable order: a directory is walked
 * recursively and keeps the files some reader accepts; a file named directly is always kept so
 * that an unsupported one is reported rather than silently ignored.
 *
 * <p>Walking treats the folder as untrusted: a symbolic link is read only when it resolves
 * inside the input folder, unless links are followed ({@code --follow-links}); links that loop,
 * dangle or lead out, and folders that cannot be listed, become {@link InputError}s while the
 * walk goes on. The output folder, and any folder that holds a parknews output's state file,
 * are never read as input.
 */
public final class InputFinder {
    /** What a walk found: the files to read, and the entries it could not or would not read. */
    public record Scan(List<Path> files, List<InputError> problems) {
    }

    private final Predicate<Path> readable;
    private final Path excluded;
    private final boolean followLinks;
    private final String outputMarker;

    /** @param excluded a directory never read as input (the output directory), or null */
    public InputFinder(Predicate<Path> readable, Path excluded) {
        this(readable, excluded, false, null);
    }

    private InputFinder(Predicate<Path> readable, Path excluded, boolean followLinks, String outputMarker) {
        this.readable = readable;
        this.excluded = excluded == null ? null : realOrNormal(excluded);
        this.followLinks = followLinks;
        this.outputMarker = outputMarker;
    }

    /** Follows symbolic links wherever they lead (loops are still reported, not walked forever). */
    public InputFinder followingLinks(boolean follow) {
        return new InputFinder(readable, excluded, follow, outputMarker);
    }

    /** Skips every folder holding a file of this name: the output folders of other runs. */
    public InputFinder skippingFoldersWith(String marker) {
        return new InputFinder(readable, excluded, followLinks, marker);
    }

    /** The files to read; entries that could not be walked are left out (see {@link #scan}). */
    public List<Path> find(List<Path> inputs) throws IOException {
        return scan(inputs).files();
    }

    /** The files to read and the problems met on the way; throws only when a named input does not exist. */
    public Scan scan(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        List<InputError> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                Walker walker = new Walker(input.toRealPath());
                Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                        : EnumSet.noneOf(FileVisitOption.class);
                // A folder named on the command line is walked even when it is a link: "link/." enters it.
                boolean linked = Files.isSymbolicLink(input);
                Files.walkFileTree(linked ? input.resolve(".") : input, options, Integer.MAX_VALUE, walker);
                if (linked) {
                    walker.found.replaceAll(Path::normalize);
                }
                walker.found.sort(null);
                files.addAll(walker.found);
                problems.addAll(walker.problems);
            } else if (Files.exists(input)) {
                files.add(input);
            } else if (Files.isSymbolicLink(input)) {
                problems.add(problem(input, "symbolic link to nothing (dangling or a loop)"));
            } else {
                throw new IOException("input not found: " + input);
            }
        }
        return new Scan(files, problems);
    }

    private static InputError problem(Path p, String reason) {
        return new InputError(p.toString(), 0, "ingest", reason, null);
    }

    private static Path realOrNormal(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** One root's walk. */
    private final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> found = new ArrayList<>();
        private final List<InputError> problems = new ArrayList<>();

        Walker(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (excluded != null && realOrNormal(dir).startsWith(excluded)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (outputMarker != null && Files.exists(dir.resolve(outputMarker), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (file.getFileName().toString().startsWith(".")) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink() && Files.isDirectory(file)) {
                // Not walked: a link to a folder inside the root is walked at its real place anyway.
                if (!realOrNormal(file).startsWith(root)) {
                    problems.add(problem(file, "symbolic link to a folder outside the input folder ("
                            + realOrNormal(file) + "); not followed without --follow-links"));
                }
            } else if (!readable.test(file)) {
                return FileVisitResult.CONTINUE;
            } else if (attrs.isSymbolicLink()) {
                visitLink(file);
            } else if (attrs.isRegularFile()) {
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        /** A link met without following links: read it only when it stays inside the root. */
        private void visitLink(Path link) {
            Path target;
            try {
                target = link.toRealPath();
            } catch (NoSuchFileException e) {
                problems.add(problem(link, "symbolic link to a missing file"));
                return;
            } catch (IOException e) {
                problems.add(problem(link, isLoop(e) ? "symbolic link loop" : "unreadable symbolic link: " + e.getMessage()));
                return;
            }
            if (!target.startsWith(root)) {
                problems.add(problem(link, "symbolic link leads outside the input folder (" + target
                        + "); not followed without --follow-links"));
            } else if (Files.isRegularFile(target)) {
                found.add(link);
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (file.getFileName() != null && file.getFileName().toString().startsWith(".")) {
                return FileVisitResult.CONTINUE;
            }
            problems.add(problem(file, reason(e)));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                problems.add(problem(dir, reason(e)));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    /** The error text for an entry the walk could not visit. */
    static String reason(IOException e) {
        if (isLoop(e)) {
            return "symbolic link loop";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: cannot read " + e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "vanished while the folder was walked: " + e.getMessage();
        }
        return "cannot walk: " + e;
    }

    private static boolean isLoop(IOException e) {
        return e instanceof FileSystemLoopException
                || e instanceof FileSystemException f && f.getReason() != null && f.getReason().contains("symbolic links");
    }
}
