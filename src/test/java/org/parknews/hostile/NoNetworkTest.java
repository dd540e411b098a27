package org.parknews.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parknews.pipeline.RunFixtures;
import org.parknews.pipeline.RunSummary;

/**
 * Nothing in a page is fetched or executed: pages that point at a local HTTP server in every
 * way a browser or an XML parser would follow (scripts, styles, images, frames, refresh,
 * external entities) go through the whole run, and the server counts no request.
 */
class NoNetworkTest {
    @TempDir
    Path tmp;

    @Test
    void nothingAPageReferencesIsFetched() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> requests = new CopyOnWriteArrayList<>();
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = "<!ENTITY leaked \"园区机密\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path in = Files.createDirectories(tmp.resolve("in"));
            List<String> samples = HostileFixtures.samples();
            String head = "<script src=\"" + base + "/script.js\"></script>"
                    + "<link rel=\"stylesheet\" href=\"" + base + "/style.css\">"
                    + "<link rel=\"preload\" href=\"" + base + "/preload\">"
                    + "<meta http-equiv=\"refresh\" content=\"0; url=" + base + "/refresh\">"
                    + "<base href=\"" + base + "/base/\">"
                    + "<style>@import url(" + base + "/import.css); body{background:url(" + base + "/bg.png)}</style>";
            String body = "<img src=\"" + base + "/img.png\" srcset=\"" + base + "/img2.png 2x\">"
                    + "<iframe src=\"" + base + "/frame.html\"></iframe>"
                    + "<object data=\"" + base + "/object\"></object><embed src=\"" + base + "/embed\">"
                    + "<video poster=\"" + base + "/poster.jpg\"><source src=\"" + base + "/video.mp4\"></video>"
                    + "<svg><image href=\"" + base + "/svg.png\"/></svg>"
                    + "<script>fetch('" + base + "/fetch');new Image().src='" + base + "/beacon';"
                    + "document.write('<img src=" + base + "/written>');</script>"
                    + "<img src=\"x\" onerror=\"location='" + base + "/onerror'\">";
            Files.writeString(in.resolve("page.html"), HostileFixtures.page(samples.get(0), head, body));
            String xxe = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html [\n<!ENTITY % remote SYSTEM \""
                    + base + "/dtd\">\n%remote;\n<!ENTITY xxe SYSTEM \"" + base + "/xxe\">\n]>\n"
                    + HostileFixtures.page(samples.get(1), "", "<p>&xxe;&leaked;</p>").replace("<!DOCTYPE html>", "");
            Files.writeString(in.resolve("entities.xhtml"), xxe);
            Files.writeString(in.resolve("rows.jsonl"), "{\"id\":\"row\",\"html\":"
                    + com.fasterxml.jackson.databind.node.TextNode.valueOf(HostileFixtures.page(samples.get(2), head, body))
                    + ",\"url\":\"" + base + "/row\"}\n");
            Files.write(in.resolve("crawl.warc"), HostileFixtures.warcResponse("urn:uuid:0b7c0f52-1111-4222-8333-444455556666",
                    "Link: <" + base + "/http-link>; rel=preload\r\nRefresh: 0; url=" + base + "/http-refresh\r\n",
                    HostileFixtures.page(samples.get(3), head, body).getBytes(StandardCharsets.UTF_8)));
            Path out = tmp.resolve("out");

            RunSummary summary = HostileFixtures.run(in, out);

            assertEquals(4, summary.written(), RunFixtures.errors(out).toString());
            assertEquals(List.of(), requests, "nothing was fetched");
            String records = RunFixtures.recordsJsonl(out);
            assertFalse(records.contains("园区机密"), "no external entity was expanded");
            // The server does answer: the zero above is not a server that could not be reached.
            HttpURLConnection probe = (HttpURLConnection) URI.create(base + "/probe").toURL().openConnection();
            assertEquals(200, probe.getResponseCode());
            probe.disconnect();
            assertEquals(List.of("/probe"), requests);
        } finally {
            server.stop(0);
        }
    }
}
