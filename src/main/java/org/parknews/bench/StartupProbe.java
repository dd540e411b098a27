package org.parknews.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.file.PathUtils;

/**
 * Times a fresh JVM that extracts one article: the cost a user pays for a one-off run, HanLP
 * loading included (target ≤ 1.5 s).
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static double secondsToFirstRecord(Path article, Path seeds) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("parknews-startup");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "org.parknews.cli.Main", "extract", article.toString(), "--out", out.toString(), "--seeds",
                    seeds.toString(), "--threads", "1"));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (exit != 0) {
                throw new IOException("startup probe failed with exit " + exit + ": " + String.join(" ", cmd));
            }
            return seconds;
        } finally {
            PathUtils.deleteDirectory(out);
        }
    }
}
