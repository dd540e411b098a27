package org.parknews.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parknews.clean.MatchText;
import org.parknews.extract.quantity.Quantity;
import org.parknews.extract.quantity.QuantityFinder;
import org.parknews.record.RecordFactory;
import org.parknews.record.RecordJson;
import org.parknews.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parknews quantities}: every number the grammar recognises in each input line, as one
 * JSON line per input line, so the number grammar can be checked against outside test suites.
 */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = {"Lists every number in each line with value, value_max, unit, qualifier and code-point span.",
                "Writes one JSON line per input line: {\"line\", \"text\", \"quantities\": [...]}."})
public final class QuantitiesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "UTF-8 text file, or - for standard input (default).")
    String file = "-";

    @Mixin
    SeedsOption seeds = new SeedsOption();

    @Override
    public Integer call() throws IOException {
        QuantityFinder finder = QuantityFinder.from(RuleSet.load(seeds.dir()));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                out.println(RecordJson.line(describe(++n, line, finder)));
            }
        }
        return Main.OK;
    }

    private InputStream open() throws IOException {
        return file.equals("-") ? System.in : Files.newInputStream(Path.of(file));
    }

    /** The JSON object of one line (keys in the documented order). */
    static Map<String, Object> describe(int lineNumber, String line, QuantityFinder finder) {
        List<Map<String, Object>> quantities = new ArrayList<>();
        for (Quantity q : finder.find(MatchText.of(line))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", line.substring(q.start(), q.end()));
            m.put("value", RecordFactory.decimal(q.value()));
            m.put("value_max", q.valueMax() == null ? null : RecordFactory.decimal(q.valueMax()));
            m.put("unit", q.unit());
            m.put("qualifier", q.qualifier());
            m.put("start", line.codePointCount(0, q.start()));
            m.put("end", line.codePointCount(0, q.end()));
            quantities.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", lineNumber);
        out.put("text", line);
        out.put("quantities", quantities);
        return out;
    }
}
