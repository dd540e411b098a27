package org.parknews.eval;

import java.util.Locale;
import java.util.Map;

/** Renders an evaluation as plain-text tables, followed by every miss and false hit. */
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
        sb.append(String.format(Locale.ROOT, "%n%-32s %8s %6s %9s%n", "rule", "produced", "right", "precision"));
        for (Map.Entry<String, RuleStat> r : e.rules().entrySet()) {
            sb.append(String.format(Locale.ROOT, "%-32s %8d %6d %9.3f%n", r.getKey(), r.getValue().produced(),
                    r.getValue().right(), r.getValue().precision()));
        }
        if (details) {
            for (ArticleEvaluation a : e.articles()) {
                sb.append("\n== ").append(a.id()).append('\n');
                a.misses().forEach(f -> sb.append("  MISS   ").append(f.kind()).append(": ").append(f.expected())
                        .append(f.found() != null ? "  (got " + f.found() + ")" : "")
                        .append(f.sentence() != null ? "  | " + f.sentence() : "").append('\n'));
                a.falseHits().forEach(f -> sb.append("  FALSE  ").append(f.kind()).append(": ").append(f.found())
                        .append("  [").append(f.rule()).append("]")
                        .append(f.sentence() != null ? "  | " + f.sentence() : "").append('\n'));
                a.wrongDetails().forEach(f -> sb.append("  WRONG  ").append(f.kind()).append(": ").append(f.expected())
                        .append("  (got ").append(f.found()).append(")").append('\n'));
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Score s) {
        sb.append(String.format(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %6d %6d %6d%n", name, s.precision(), s.recall(), s.f1(),
                s.matched(), s.predicted(), s.gold()));
    }
}
