package org.parknews.eval;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The shell shared by the evaluate and explain pages: one self-contained document with inline
 * CSS, no scripts and nothing fetched, plus the colour legend and small table helpers.
 */
final class HtmlPage {
    static final List<String> KINDS = List.of("park", "person", "company", "fact");

    private static final String CSS = """
            body{font:15px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
            h1{font-size:1.5em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}h3{font-size:1.05em}
            table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #ddd;padding:.2em .6em;text-align:left;vertical-align:top}
            td.num{text-align:right;font-variant-numeric:tabular-nums}tr.noisy td{background:#fde8e8}
            .body{white-space:pre-wrap;line-height:2.4;border:1px solid #eee;padding:1em;background:#fcfcfc}
            mark.hl{padding:.15em .3em;margin:0 .1em;border-radius:.35em;border:2px solid transparent;color:inherit}
            mark.hl .lbl{font-size:.65em;font-weight:bold;text-transform:uppercase;margin-left:.4em;vertical-align:middle;opacity:.75}
            mark.park{background:#c8f7c5}mark.person{background:#e8d4f8}mark.company{background:#cfe4ff}mark.fact{background:#ffe3b8}
            mark.false{border-color:#d11;text-decoration:underline wavy #d11}
            mark.miss{background:transparent;border:2px dashed #555}
            mark.park.miss{border-color:#2a8c24}mark.person.miss{border-color:#8a3fc2}mark.company.miss{border-color:#1f6fd1}mark.fact.miss{border-color:#d98400}
            .legend mark{margin-right:.6em}.note{color:#a40}.tokens span{display:inline-block;margin:0 .3em .2em 0;padding:0 .2em;border:1px solid #ddd;border-radius:.2em}
            .tokens sub{color:#777;font-size:.7em;margin-left:.1em}details{margin:.3em 0}
            """;

    private HtmlPage() {
    }

    static Document create(String title) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset("UTF-8").prettyPrint(false);
        doc.child(0).attr("lang", "zh");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("title").text(title);
        doc.head().appendElement("style").appendChild(new DataNode(CSS));
        doc.body().appendElement("h1").text(title);
        return doc;
    }

    /** Explains the colours and borders; {@code withGold} adds the matched, false-hit and miss samples. */
    static void legend(Element into, boolean withGold) {
        Element p = into.appendElement("p").addClass("legend");
        for (String kind : KINDS) {
            p.appendElement("mark").addClass("hl").addClass(kind).addClass(withGold ? Highlight.MATCHED : Highlight.FOUND)
                    .text(kind);
        }
        if (withGold) {
            p.appendElement("mark").addClass("hl").addClass("company").addClass(Highlight.FALSE).text("false hit");
            p.appendElement("mark").addClass("hl").addClass("company").addClass(Highlight.MISS).text("miss");
        }
        p.appendText("Hover a mark to see its rule.");
    }

    static Element table(Element into, String cssClass, String... headings) {
        Element table = into.appendElement("table").addClass(cssClass);
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String h : headings) {
            tr.appendElement("th").text(h);
        }
        table.appendElement("tbody");
        return table;
    }

    /** Appends a row; numbers are right-aligned and printed with three decimals when fractional. */
    static Element row(Element table, Object... cells) {
        Element tr = table.selectFirst("tbody").appendElement("tr");
        for (Object c : cells) {
            Element td = tr.appendElement("td");
            if (c instanceof Double d) {
                td.addClass("num").text(String.format(Locale.ROOT, "%.3f", d));
            } else if (c instanceof Number n) {
                td.addClass("num").text(n.toString());
            } else {
                td.text(c == null ? "" : c.toString());
            }
        }
        return tr;
    }

    static void scoreRow(Element table, String name, Score s) {
        row(table, name, s.precision(), s.recall(), s.f1(), s.matched(), s.predicted(), s.gold());
    }
}
