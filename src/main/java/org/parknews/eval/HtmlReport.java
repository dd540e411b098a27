package org.parknews.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parknews.record.Record;

/**
 * The evaluation as one self-contained HTML page: score tables, per-rule statistics, and each
 * article's body with entities and facts highlighted by type, false hits and misses marked
 * differently, and the rule of every mark on hover.
 */
public final class HtmlReport {
    /** Rules whose precision falls below this are shaded as noisy. */
    private static final double NOISY = 0.5;

    private final BodyMarkup markup = new BodyMarkup();

    public String render(Evaluation e, Map<String, Record> records) {
        Document doc = HtmlPage.create("parknews evaluation");
        Element body = doc.body();
        body.appendElement("p").text(e.articles().size() + " articles scored against gold.");
        for (String g : e.unmatchedGold()) {
            body.appendElement("p").addClass("note").addClass("unmatched")
                    .text("Not scored: gold file for " + g + " — its article is not among the inputs.");
        }
        HtmlPage.legend(body, true);
        totals(body, e);
        rules(body, e.rules());
        for (ArticleEvaluation a : e.articles()) {
            article(body, a, records.get(a.id()));
        }
        return doc.outerHtml();
    }

    private static void totals(Element into, Evaluation e) {
        into.appendElement("h2").text("Totals");
        Element fields = HtmlPage.table(into, "fields", "field", "accuracy", "right", "total");
        e.fields().forEach((f, a) -> HtmlPage.row(fields, f, a.accuracy(), a.right(), a.total()));
        Element items = HtmlPage.table(into, "scores", "items", "precision", "recall", "f1", "matched", "predicted", "gold");
        for (String type : Scorer.ENTITY_TYPES) {
            HtmlPage.scoreRow(items, "entities." + type, e.entities(type));
        }
        HtmlPage.scoreRow(items, "entities.all", e.allEntities());
        HtmlPage.scoreRow(items, "facts", e.facts());
        Element details = HtmlPage.table(into, "fact-details", "matched facts", "accuracy", "right", "total");
        HtmlPage.row(details, "metric", e.metric().accuracy(), e.metric().right(), e.metric().total());
        HtmlPage.row(details, "period", e.period().accuracy(), e.period().right(), e.period().total());
    }

    private static void rules(Element into, Map<String, RuleStat> rules) {
        into.appendElement("h2").text("Rules");
        Element table = HtmlPage.table(into, "rules", "rule", "produced", "right", "wrong", "precision");
        for (Map.Entry<String, RuleStat> r : rules.entrySet()) {
            RuleStat s = r.getValue();
            Element tr = HtmlPage.row(table, r.getKey(), s.produced(), s.right(), s.produced() - s.right(), s.precision());
            if (s.precision() < NOISY) {
                tr.addClass("noisy");
            }
        }
    }

    private void article(Element into, ArticleEvaluation a, Record rec) {
        Element section = into.appendElement("section").addClass("article").attr("id", "article-" + a.id());
        section.appendElement("h2").text(a.id() + (rec != null && rec.title() != null ? " — " + rec.title() : ""));
        Element items = HtmlPage.table(section, "scores", "items", "precision", "recall", "f1", "matched", "predicted", "gold");
        a.entities().forEach((type, s) -> HtmlPage.scoreRow(items, "entities." + type, s));
        HtmlPage.scoreRow(items, "entities.all", a.allEntities());
        HtmlPage.scoreRow(items, "facts", a.facts());
        if (rec != null && rec.body() != null) {
            Element body = section.appendElement("div").addClass("body");
            int unplaced = markup.write(rec.body(), highlights(a, rec), body);
            if (unplaced > 0) {
                section.appendElement("p").addClass("note")
                        .text(unplaced + " overlapping marks are listed below but not shown in the text.");
            }
        }
        findings(section, "Misses", "misses", a.misses());
        findings(section, "False hits", "false-hits", a.falseHits());
        findings(section, "Wrong metric or period", "wrong", a.wrongDetails());
    }

    /** Every predicted mention and fact (matched or false hit) and every miss that occurs in the body. */
    static List<Highlight> highlights(ArticleEvaluation a, Record rec) {
        Set<String> falseHits = new HashSet<>();
        for (Finding f : a.falseHits()) {
            boolean fact = "fact".equals(f.kind());
            f.spans().forEach(s -> falseHits.add(key(f.kind(), fact ? null : f.found(), s)));
        }
        List<Highlight> out = new ArrayList<>();
        for (Record.EntityOut e : rec.entities()) {
            for (Record.Mention m : e.mentions()) {
                boolean wrong = falseHits.contains(key(e.type(), e.name(), m));
                out.add(new Highlight(m.start(), m.end(), e.type(), wrong ? Highlight.FALSE : Highlight.MATCHED,
                        e.type() + " " + e.name() + " · rule " + e.rule() + (wrong ? " · false hit" : " · matched")));
            }
        }
        for (Record.FactOut f : rec.facts()) {
            boolean wrong = falseHits.contains(key("fact", null, new Record.Mention(f.start(), f.end())));
            out.add(new Highlight(f.start(), f.end(), "fact", wrong ? Highlight.FALSE : Highlight.MATCHED,
                    FactTitle.of(f) + (wrong ? " · false hit" : " · matched")));
        }
        for (Finding m : a.misses()) {
            for (Record.Mention s : m.spans()) {
                out.add(new Highlight(s.start(), s.end(), m.kind(), Highlight.MISS, "missed " + m.kind() + ": " + m.expected()));
            }
        }
        return out;
    }

    /** Identifies a false hit: an entity by type, name and span (two entities may share a span), a fact by its span. */
    private static String key(String kind, String name, Record.Mention span) {
        return kind + "\t" + name + "\t" + span.start() + "\t" + span.end();
    }

    private static void findings(Element into, String heading, String cssClass, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        into.appendElement("h3").text(heading + " (" + findings.size() + ")");
        Element table = HtmlPage.table(into, cssClass, "kind", "expected", "found", "rule", "sentence");
        for (Finding f : findings) {
            HtmlPage.row(table, f.kind(), f.expected(), f.found(), f.rule(), f.sentence());
        }
    }
}
