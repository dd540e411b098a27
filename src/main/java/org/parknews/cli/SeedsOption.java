package org.parknews.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --seeds DIR} option every command that runs the rules shares (a picocli mixin). */
public final class SeedsOption {
    @Option(names = "--seeds", paramLabel = "DIR", description = "Rules folder (default: ${DEFAULT-VALUE}).")
    Path dir = Path.of("seeds");

    public Path dir() {
        return dir;
    }
}
