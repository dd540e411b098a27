package org.parknews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplainCommandTest {
    private static final String SENTENCE = "2013年,园区实现技工贸总收入720.1亿元,同比增长43.6%。";

    @Test
    void typedSentenceShowsBodyTokensAndFacts(@TempDir Path tmp) throws Exception {
        Path html = tmp.resolve("x.html");
        CliRun run = CliRun.of("explain", "--text", SENTENCE, "--html", html.toString());
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        int length = SENTENCE.length();
        int fact = SENTENCE.indexOf("720.1亿元");
        assertTrue(out.contains("-- body (" + length + " characters)\n" + SENTENCE + "\n"), out);
        assertTrue(out.contains("[0] 0.." + length + "  " + SENTENCE), out);
        assertTrue(out.contains("720.1/m"), out);
        assertTrue(out.contains("720.1亿元 = 72010000000 CNY"), out);
        assertTrue(out.contains("rule quantity.money  span " + fact + ".." + (fact + 7) + "  sentence 0: " + SENTENCE), out);

        Document page = Jsoup.parse(Files.readString(html));
        assertEquals("720.1亿元", page.selectFirst(".body mark.fact.found[title*=quantity.money]").ownText());
        assertEquals(1, page.select("details.sentence").size());
        assertTrue(page.select("details.sentence .tokens span[title=m]").size() >= 2);
        assertEquals("quantity.money", page.selectFirst("table.facts tr:contains(720.1亿元) td:eq(8)").text());
    }

    @Test
    void fileShowsEveryStage() {
        CliRun run = CliRun.of("explain", "corpus/samples/001_0acc258f0dc2cd30.txt");
        assertEquals(0, run.exit(), run.err());
        for (String section : new String[] {"== 001_0acc258f0dc2cd30", "published: 2014-", "-- body (", "-- sentences (",
                "-- entities (", "-- facts (", "rule park.", "rule quantity."}) {
            assertTrue(run.out().contains(section), section);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "explain | give either --text",
            "explain --text 园区 corpus/samples/001_0acc258f0dc2cd30.txt | give either --text",
            "explain no-such-file.txt | not a file: no-such-file.txt",
    })
    void wrongArgumentsAreUsageErrors(String args, String message) {
        CliRun run = CliRun.of(args.split(" "));
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(message), run.err());
    }
}
