package org.parknews.cli;

import org.parknews.pipeline.Version;
import picocli.CommandLine;

/** Supplies {@code --version} from the build's version resource. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"parknews " + Version.get()};
    }
}
