package org.parknews.eval;

import java.util.Locale;
import java.util.Map;

/**
 * Renders an evaluation as plain-text tables (totals, per article, per rule), followed by
 * every miss, false hit and wrong detail with its sentence.
 */
public final class TextReport {

    public String render(Evaluation e, boolean details) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %9s%n", "field", "accuracy"));
        e.fields().forEach((f, a) -> sb.append(String.format(Locale.ROOT, "%-14s %9.3f  (%d/%d)%n", f, a.accuracy(), a.right(), a.total())));
        sb.append(String.format(Locale.ROOT, "%n%-14s %9s %9s %9s %6s %6s %6s%n", "items", "precision", "recall", "f1",
                "match", "pred", "gold"));
        for (String type : Scorer.ENTITY_TYPES) {
            row(sb, "entity." + type, e.entities(type));
        }
        row(sb, "entity.all", e.allEntities());
        row(sb, "facts", e.facts());
        sb.append(String.format(Locale.ROOT, "%-14s %9.3f  (%d/%d matched facts)%n", "fact.metric", e.metric().accuracy(),
                e.metric().right(), e.metric().total()));
        sb.append(String.format(Locale.ROOT, "%-14s %9.3f  (%d/%d matched facts)%n", "fact.period", e.period().accuracy(),
                e.period().right(), e.period().total()));
        perArticle(sb, e);
        rules(sb, e.rules());
        for (String g : e.unmatchedGold()) {
            sb.append("\nNOT SCORED  gold file for ").append(g).append(": its article is not among the inputs");
        }
        if (!e.unmatchedGold().isEmpty()) {
            sb.append('\n');
        }
        if (details) {
            for (ArticleEvaluation a : e.articles()) {
                details(sb, a);
            }
        }
        return sb.toString();
    }

    /** One line per article: fields right, F1 per entity type, all entities and facts, metric and period. */
    private static void perArticle(StringBuilder sb, Evaluation e) {
        sb.append(String.format(Locale.ROOT, "%n%-28s %7s", "article", "fields"));
        for (String type : Scorer.ENTITY_TYPES) {
            sb.append(String.format(Locale.ROOT, " %8s", type));
        }
        sb.append(String.format(Locale.ROOT, " %8s %8s %7s %7s%n", "ent.all", "facts", "metric", "period"));
        for (ArticleEvaluation a : e.articles()) {
            Accuracy fields = a.fields().values().stream().reduce(Accuracy.EMPTY, Accuracy::plus);
            sb.append(String.format(Locale.ROOT, "%-28s %7s", a.id(), fields.right() + "/" + fields.total()));
            for (String type : Scorer.ENTITY_TYPES) {
                sb.append(String.format(Locale.ROOT, " %8.3f", a.entities().getOrDefault(type, Score.EMPTY).f1()));
            }
            sb.append(String.format(Locale.ROOT, " %8.3f %8.3f %7.3f %7.3f%n", a.allEntities().f1(), a.facts().f1(),
                    a.metric().accuracy(), a.period().accuracy()));
        }
    }

    /** Rules sorted as a tuner reads them: the noisiest (most wrong items) first. */
    private static void rules(StringBuilder sb, Map<String, RuleStat> rules) {
        sb.append(String.format(Locale.ROOT, "%n%-32s %8s %6s %6s %9s%n", "rule", "produced", "right", "wrong", "precision"));
        rules.entrySet().stream()
                .sorted((x, y) -> Integer.compare(wrong(y.getValue()), wrong(x.getValue())))
                .forEach(r -> sb.append(String.format(Locale.ROOT, "%-32s %8d %6d %6d %9.3f%n", r.getKey(),
                        r.getValue().produced(), r.getValue().right(), wrong(r.getValue()), r.getValue().precision())));
    }

    private static int wrong(RuleStat s) {
        return s.produced() - s.right();
    }

    private static void details(StringBuilder sb, ArticleEvaluation a) {
        sb.append("\n== ").append(a.id()).append('\n');
        a.misses().forEach(f -> sb.append("  MISS   ").append(f.kind()).append(": ").append(f.expected())
                .append(f.found() != null ? "  (got " + f.found() + ")" : "")
                .append(f.sentence() != null ? "  | " + f.sentence() : "").append('\n'));
        a.falseHits().forEach(f -> sb.append("  FALSE  ").append(f.kind()).append(": ").append(f.found())
                .append("  [").append(f.rule()).append("]")
                .append(f.sentence() != null ? "  | " + f.sentence() : "").append('\n'));
        a.wrongDetails().forEach(f -> sb.append("  WRONG  ").append(f.kind()).append(": ").append(f.expected())
                .append("  (got ").append(f.found()).append(")  [").append(f.rule()).append("]")
                .append(f.sentence() != null ? "  | " + f.sentence() : "").append('\n'));
    }

    private static void row(StringBuilder sb, String name, Score s) {
        sb.append(String.format(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %6d %6d %6d%n", name, s.precision(), s.recall(), s.f1(),
                s.matched(), s.predicted(), s.gold()));
    }
}
