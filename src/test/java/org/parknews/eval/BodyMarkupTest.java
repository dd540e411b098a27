package org.parknews.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyMarkupTest {

    /**
     * Highlights are written START-END:KIND:STATUS (code points), separated by ';'. The result
     * is shown as [kind/status:text], labels left out.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ABCDEFGH | '' | ABCDEFGH | 0",
            "ABCDEFGH | 0-3:park:matched | [park/matched:ABC]DEFGH | 0",
            "ABCDEFGH | 0-3:park:matched;1-2:fact:false | [park/matched:A[fact/false:B]C]DEFGH | 0",
            "ABCDEFGH | 1-2:fact:false;0-3:park:matched | [park/matched:A[fact/false:B]C]DEFGH | 0",
            "ABCDEFGH | 0-3:park:matched;2-5:fact:matched | [park/matched:ABC]DEFGH | 1",
            "ABCDEFGH | 0-2:park:found;2-4:fact:found | [park/found:AB][fact/found:CD]EFGH | 0",
            "ABCDEFGH | 0-2:company:false;0-2:company:miss | [company/miss:[company/false:AB]]CDEFGH | 0",
            "ABCDEFGH | 6-9:fact:matched;3-3:park:found | ABCDEFGH | 2",
            "𠀀AB | 1-2:park:matched | 𠀀[park/matched:A]B | 0",
            "x\\ny | 2-3:person:miss | x\\n[person/miss:y] | 0",
    })
    void marksNestAndSkipCrossingSpans(String body, String spec, String expected, int skipped) {
        Element into = new Document("").appendElement("div");
        int notPlaced = new BodyMarkup().write(body.replace("\\n", "\n"), parse(spec), into);
        assertEquals(expected.replace("\\n", "\n"), brackets(into));
        assertEquals(skipped, notPlaced);
    }

    @Test
    void markupCharactersInTheBodyStayText() {
        Element into = new Document("").appendElement("div");
        new BodyMarkup().write("<b>&\"", List.of(new Highlight(0, 3, "fact", Highlight.FOUND, "rule \"x\" <y>")), into);
        assertTrue(into.html().startsWith("<mark"), into.html());
        assertEquals(0, into.select("b").size());
        assertEquals("<b>", into.selectFirst("mark").ownText());
        assertEquals("rule \"x\" <y>", into.selectFirst("mark").attr("title"));
    }

    @Test
    void everyMarkCarriesItsLabelAndTitle() {
        Element into = new Document("").appendElement("div");
        new BodyMarkup().write("湘潭高新区", List.of(new Highlight(0, 5, "park", Highlight.MISS, "missed park: 湘潭高新区")), into);
        Element mark = into.selectFirst("mark.hl.park.miss");
        assertEquals("park · miss", mark.selectFirst("span.lbl").text());
        assertEquals("missed park: 湘潭高新区", mark.attr("title"));
        assertEquals("park", mark.attr("data-kind"));
        assertEquals("miss", mark.attr("data-status"));
    }

    private static List<Highlight> parse(String spec) {
        List<Highlight> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String h : spec.split(";")) {
            String[] p = h.split(":");
            String[] range = p[0].split("-");
            out.add(new Highlight(Integer.parseInt(range[0]), Integer.parseInt(range[1]), p[1], p[2], h));
        }
        return out;
    }

    static String brackets(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element c && c.tagName().equals("mark")) {
                sb.append('[').append(c.attr("data-kind")).append('/').append(c.attr("data-status")).append(':')
                        .append(brackets(c)).append(']');
            }
        }
        return sb.toString();
    }
}
