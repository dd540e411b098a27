package org.parknews.eval;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parknews.record.Record;
import org.parknews.text.Token;

/**
 * {@code explain} as one self-contained HTML page: per document the header fields, the body
 * with every entity and fact highlighted (rule on hover), tables of entities and facts, and
 * the sentences with their tokens and part-of-speech tags.
 */
public final class ExplainHtml {
    private final BodyMarkup markup = new BodyMarkup();

    public String render(List<Explanation> explanations) {
        Document doc = HtmlPage.create("parknews explain");
        Element page = doc.body();
        HtmlPage.legend(page, false);
        for (Explanation x : explanations) {
            document(page, x);
        }
        return doc.outerHtml();
    }

    private void document(Element into, Explanation x) {
        Record r = x.record();
        Element section = into.appendElement("section").addClass("article").attr("id", "article-" + r.id());
        section.appendElement("h2").text(r.id() + (r.title() != null ? " — " + r.title() : ""));
        Element header = HtmlPage.table(section, "header", "field", "value");
        HtmlPage.row(header, "source", r.source().path());
        HtmlPage.row(header, "title", r.title());
        HtmlPage.row(header, "authors", String.join("、", r.authors()));
        HtmlPage.row(header, "published", r.published());
        HtmlPage.row(header, "origin", r.origin());
        HtmlPage.row(header, "site", r.site());
        HtmlPage.row(header, "rules", r.pipeline().rules());

        markup.write(r.body(), highlights(r), section.appendElement("div").addClass("body"));

        section.appendElement("h3").text("Entities (" + r.entities().size() + ")");
        Element entities = HtmlPage.table(section, "entities", "type", "name", "aliases", "titles", "org", "rule",
                "spans", "sentence");
        for (Record.EntityOut e : r.entities()) {
            String spans = String.join(" ", e.mentions().stream().map(m -> m.start() + ".." + m.end()).toList());
            String sentence = e.mentions().isEmpty() ? "(header)" : x.sentenceText(x.sentenceAt(e.mentions().get(0).start()));
            HtmlPage.row(entities, e.type(), e.name(), String.join("、", e.aliases()),
                    e.titles() == null ? "" : String.join("、", e.titles()), e.org(), e.rule(), spans, sentence);
        }

        section.appendElement("h3").text("Facts (" + r.facts().size() + ")");
        Element facts = HtmlPage.table(section, "facts", "text", "value", "value_max", "unit", "qualifier", "metric",
                "period", "subject", "rule", "span", "sentence");
        for (Record.FactOut f : r.facts()) {
            HtmlPage.row(facts, f.text(), f.value().toPlainString(), f.valueMax() == null ? "" : f.valueMax().toPlainString(),
                    f.unit(), f.qualifier(), f.metric(), f.period(), f.subject(), f.rule(), f.start() + ".." + f.end(),
                    x.sentenceText(f.sentence()));
        }

        section.appendElement("h3").text("Sentences and tokens (" + x.sentences().size() + ")");
        for (int i = 0; i < x.sentences().size(); i++) {
            Element details = section.appendElement("details").addClass("sentence");
            details.appendElement("summary").text("[" + i + "] " + x.sentenceText(i));
            Element tokens = details.appendElement("div").addClass("tokens");
            for (Token t : x.tokensOf(i)) {
                Element span = tokens.appendElement("span").attr("title", t.pos()).text(t.text());
                span.appendElement("sub").text(t.pos());
            }
        }
    }

    private static List<Highlight> highlights(Record r) {
        List<Highlight> out = new ArrayList<>();
        for (Record.EntityOut e : r.entities()) {
            for (Record.Mention m : e.mentions()) {
                out.add(new Highlight(m.start(), m.end(), e.type(), Highlight.FOUND,
                        e.type() + " " + e.name() + " · rule " + e.rule()));
            }
        }
        for (Record.FactOut f : r.facts()) {
            out.add(new Highlight(f.start(), f.end(), "fact", Highlight.FOUND, FactTitle.of(f)));
        }
        return out;
    }
}
