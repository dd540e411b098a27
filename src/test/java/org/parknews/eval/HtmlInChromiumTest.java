package org.parknews.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the evaluation page in headless Chromium (Debian's {@code chromium} package) and checks
 * the DOM the browser built: the marks, their hover titles and the tables. Skipped when no
 * browser is installed.
 */
class HtmlInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void browserRendersTheMarkedBody(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + "; install Debian's chromium to run this test");
        Path html = tmp.resolve("report.html");
        Files.writeString(html, new HtmlReport().render(HandmadeCase.evaluation(), HandmadeCase.records()),
                StandardCharsets.UTF_8);

        Document dom = Jsoup.parse(dumpDom(html, tmp.resolve("profile")));

        assertEquals("parknews evaluation", dom.title());
        assertEquals(1, dom.select("section.article").size());
        assertEquals("岳麓产业园", dom.selectFirst(".body mark.park.matched").ownText());
        assertEquals("科技有限公司", dom.selectFirst(".body mark.company.miss > mark.company.false").ownText());
        assertTrue(dom.selectFirst(".body mark.fact.false").attr("title").contains("quantity.count"));
        assertEquals(6, dom.select(".body mark.hl").size());
        assertTrue(dom.select("table.rules tr.noisy").text().contains("quantity.count"));
    }

    private static String dumpDom(Path html, Path profile) throws IOException, InterruptedException {
        List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--dump-dom", html.toUri().toString());
        Path out = Files.createTempFile(profile.getParent(), "dom", ".html");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s");
        }
        assertEquals(0, p.exitValue(), "chromium exit code");
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
