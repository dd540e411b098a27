package org.parknews.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parknews.text.Token;

/**
 * Names what a number measures from the words around it in its clause, using the segmenter's
 * tokens and part-of-speech tags: the noun phrase right after a counted number (1700余套安置房 →
 * 安置房), otherwise the phrase before it (技工贸总收入720.1亿元 → 技工贸总收入). A change
 * (同比增长43.6%) gets the thing that changed, taken from the previous fact when not written.
 */
public final class MetricFinder {
    private static final String CLAUSE_BREAKS = "，,；;。：:、！？!?（）()“”\"《》—…";
    private static final int MAX_LEFT = 6;
    private static final int MAX_RIGHT = 5;
    private static final Set<String> LEVEL_MARKERS = Set.of("到", "至", "提高到", "提升到", "增至",
            "提高至", "提升至", "降至", "降到");

    private final MetricWords words;

    public MetricFinder(MetricWords words) {
        this.words = words;
    }

    /** Where a quantity stands: its tokens on each side within the clause, and the last metric before it. */
    public record Context(List<Token> left, List<Token> right, String previousMetric) {
    }

    public String metric(Quantity q, Context c) {
        List<Token> left = leftPhrase(c.left());
        boolean change = isChangeKind(q.kind()) && containsChange(left, c.left());
        if (change) {
            return changeMetric(left, c.previousMetric());
        }
        String l = join(left);
        if (left.size() == 1 && words.isAnaphor(l) && c.previousMetric() != null) {
            return c.previousMetric();
        }
        String r = join(rightPhrase(c.right()));
        if (l.isEmpty() && r.isEmpty() && elidedSubject(c.left())) {
            return c.previousMetric(); // 税收突破百亿元，达到103.5亿元: the same thing again
        }
        if ("count".equals(q.kind()) && !r.isEmpty()) {
            return r;
        }
        if (!l.isEmpty() && (words.endsWithHead(l) || r.isEmpty())) {
            return l;
        }
        return r.isEmpty() ? null : r;
    }

    /** The clause before the number holds only a verb of reaching, adverbs and time words (目前已完成). */
    private boolean elidedSubject(List<Token> tokens) {
        boolean stop = false;
        for (int i = tokens.size() - 1; i >= 0 && !isBreak(tokens.get(i)); i--) {
            if (!isDropped(tokens.get(i)) && !tokens.get(i).pos().startsWith("t")) {
                return false; // time words (目前) may stand before the verb too
            }
            stop |= words.isStop(tokens.get(i).text());
        }
        return stop;
    }

    private static boolean isChangeKind(String kind) {
        return "percent".equals(kind) || "points".equals(kind) || "multiple".equals(kind);
    }

    /** 同比增长43.6% is a change; 比重提高到65% names the level reached, not a change. */
    private boolean containsChange(List<Token> phrase, List<Token> clause) {
        Token last = clause.isEmpty() ? null : clause.get(clause.size() - 1);
        if (last != null && LEVEL_MARKERS.contains(last.text())) {
            return false;
        }
        return phrase.stream().anyMatch(t -> words.isChange(t.text()) || words.isBasis(t.text()));
    }

    /** 同比增长 after a subject: subject + basis + 增长; without a subject the previous fact's thing. */
    private String changeMetric(List<Token> phrase, String previousMetric) {
        StringBuilder subject = new StringBuilder();
        String basis = "";
        String change = null;
        for (Token t : phrase) {
            if (words.isBasis(t.text())) {
                basis = t.text();
            } else if (words.isChange(t.text())) {
                change = change == null ? normalizeChange(t.text()) : change;
            } else if (change == null && basis.isEmpty()) {
                subject.append(t.text());
            }
        }
        String thing = subject.length() > 0 ? subject.toString() : stripChange(previousMetric);
        String what = basis + (change == null ? "增长" : change);
        return thing == null ? what : thing + what;
    }

    /** 增幅 and 增速 say the same as 增长 for a percentage. */
    private static String normalizeChange(String word) {
        return word.equals("增幅") || word.equals("增速") ? "增长" : word;
    }

    private String stripChange(String metric) {
        if (metric == null) {
            return null;
        }
        for (String basis : List.of("同比", "环比", "年均")) {
            int i = metric.indexOf(basis);
            if (i > 0) {
                return metric.substring(0, i);
            }
        }
        return metric;
    }

    /** The content words right before the number, walking back to a clause break or function word. */
    private List<Token> leftPhrase(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = tokens.size() - 1; i >= 0 && out.size() < MAX_LEFT; i--) {
            Token t = tokens.get(i);
            if (isBreak(t)) {
                break;
            }
            if (t.text().equals("的") && out.isEmpty()) {
                continue; // 年销售额的6%: the phrase before 的 is the thing measured
            }
            if (isDropped(t)) {
                if (!out.isEmpty() && words.isStop(t.text()) && t.length() > 1) {
                    out.add(0, t); // kept inside a phrase (入驻企业实现营收); trimmed at its edges
                }
                continue;
            }
            if (!isContent(t) && !isClassifierSuffix(tokens, i)) {
                break;
            }
            out.add(0, t);
        }
        trimStops(out);
        return out;
    }

    /** The noun phrase right after the number (an optional 的 first), up to a verb or break. */
    private List<Token> rightPhrase(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        int i = !tokens.isEmpty() && tokens.get(0).text().equals("的") ? 1 : 0;
        for (; i < tokens.size() && out.size() < MAX_RIGHT; i++) {
            Token t = tokens.get(i);
            boolean gradeSuffix = t.pos().equals("q") && !out.isEmpty() && out.get(out.size() - 1).pos().startsWith("m");
            if (isBreak(t) || t.text().equals("的") || !(isNounLike(t) || isModifierNumeral(t) || gradeSuffix)) {
                break;
            }
            out.add(t);
        }
        while (!out.isEmpty() && !isHeadNoun(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private void trimStops(List<Token> out) {
        while (!out.isEmpty() && (words.isStop(out.get(0).text()) || out.get(0).pos().startsWith("d"))) {
            out.remove(0);
        }
        while (!out.isEmpty() && words.isStop(out.get(out.size() - 1).text())) {
            out.remove(out.size() - 1);
        }
    }

    /** 汽车类, 获批: a classifier glued to the content word before it belongs to the phrase. */
    private static boolean isClassifierSuffix(List<Token> tokens, int i) {
        return tokens.get(i).pos().equals("q") && i > 0 && isContent(tokens.get(i - 1));
    }

    private static boolean isBreak(Token t) {
        String s = t.text();
        return s.length() == 1 && CLAUSE_BREAKS.indexOf(s.charAt(0)) >= 0 || t.pos().equals("w");
    }

    /** Adverbs, modal and reaching verbs: skipped without ending the phrase. */
    private boolean isDropped(Token t) {
        return words.isStop(t.text()) || t.pos().equals("d") || t.pos().equals("ul") || t.text().equals("了");
    }

    private static boolean isContent(Token t) {
        String pos = t.pos();
        return pos.startsWith("n") && !pos.equals("nr") || pos.startsWith("v") || pos.startsWith("g") || pos.equals("j") || pos.equals("b")
                || pos.equals("a") || pos.equals("an") || pos.equals("l") || pos.equals("x") || pos.equals("i");
    }

    private static boolean isNounLike(Token t) {
        String pos = t.pos();
        return pos.startsWith("n") || pos.equals("vn") || pos.equals("j") || pos.equals("b") || pos.equals("g")
                || pos.equals("x") || pos.equals("an") || pos.equals("l");
    }

    private static boolean isHeadNoun(Token t) {
        String pos = t.pos();
        return pos.startsWith("n") || pos.equals("vn") || pos.equals("j") || pos.equals("g") || pos.equals("x");
    }

    /** 一级部门, 一把手, 百亿级企业: numeral-led modifiers that belong to the counted noun, not a new number. */
    private static boolean isModifierNumeral(Token t) {
        if (!t.pos().startsWith("m")) {
            return false;
        }
        boolean scaleOnly = t.text().chars().allMatch(ch -> "十百千万亿".indexOf(ch) >= 0);
        return scaleOnly || !t.text().chars().allMatch(ch -> "零〇一二两三四五六七八九十百千万亿".indexOf(ch) >= 0
                || Character.isDigit(ch) || ch == '.');
    }

    private static String join(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(t.text());
        }
        return sb.toString();
    }
}
