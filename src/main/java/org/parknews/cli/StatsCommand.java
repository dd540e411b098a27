package org.parknews.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parknews.stats.CorpusStats;
import org.parknews.stats.StatsPage;
import org.parknews.stats.StatsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parknews stats}: the shape of an output folder, as tables or an HTML page with charts. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Summarise an output folder: articles by year and site, top parks, people and companies, "
                + "facts by unit and metric, duplicates and errors.")
public final class StatsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUT", arity = "0..1", description = "Output folder or records.jsonl (default: extracted).")
    Path out = Path.of("extracted");

    @Option(names = "--top", description = "Rows per table (default: ${DEFAULT-VALUE}).")
    int top = 15;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained page with charts.")
    Path html;

    @Override
    public Integer call() throws Exception {
        CorpusStats stats = CorpusStats.of(out);
        System.out.print(new StatsText().render(stats, top));
        if (html != null) {
            Files.writeString(html, new StatsPage().render(stats, top), StandardCharsets.UTF_8);
            System.out.println("\nwrote " + html);
        }
        return Main.OK;
    }
}
