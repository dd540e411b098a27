package org.parknews.extract;

import java.util.List;
import java.util.Set;
import org.parknews.text.Token;

/**
 * Finds where a name ends on the left, given the offset where its head word (a park suffix,
 * a legal form) starts: it walks back over the tokens that can be part of a name and stops at
 * punctuation, verbs, prepositions, numbers and other function words.
 */
final class NameBoundary {
    private static final Set<String> STOP_WORDS = Set.of("企业", "园区", "公司", "该", "本", "与", "和", "及", "等", "由",
            "在", "对", "为", "的", "了", "是", "将", "已", "把", "被", "从", "向", "同", "跟", "经", "让", "使", "其",
            "国家", "省级", "国家级", "全市", "全省", "全国", "各", "我", "我们", "他们", "引进", "成立", "合作", "合资",
            "依托", "获得", "通过", "包括", "其中", "以及", "牵头", "作为");

    private NameBoundary() {
    }

    /**
     * @param maxChars the longest name prefix to accept
     * @return the offset where the name starts; {@code headStart} when no prefix qualifies
     */
    static int leftOf(AnalyzedArticle doc, int headStart, int maxChars, boolean allowVerbs) {
        List<Token> tokens = doc.tokens();
        int ti = doc.tokenAt(headStart);
        int left = headStart;
        if (ti >= 0 && tokens.get(ti).start() < headStart) {
            Token t = tokens.get(ti);
            String prefix = doc.matchText().substring(t.start(), headStart);
            if (isNamePart(prefix, t.pos(), allowVerbs)) {
                left = t.start();
            }
            ti--;
        } else {
            ti = ti >= 0 ? ti - 1 : lastTokenBefore(tokens, headStart);
        }
        while (ti >= 0) {
            Token t = tokens.get(ti);
            if (t.end() != left || headStart - t.start() > maxChars || !isNamePart(t.text(), t.pos(), allowVerbs)) {
                break;
            }
            left = t.start();
            ti--;
        }
        return left;
    }

    private static int lastTokenBefore(List<Token> tokens, int offset) {
        int i = tokens.size() - 1;
        while (i >= 0 && tokens.get(i).start() >= offset) {
            i--;
        }
        return i;
    }

    private static boolean isNamePart(String text, String pos, boolean allowVerbs) {
        if (text.isEmpty() || STOP_WORDS.contains(text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isLetterOrDigit(c) || c == '·')) {
                return false;
            }
        }
        if (pos.startsWith("n") || pos.equals("j") || pos.equals("b") || pos.equals("gi") || pos.startsWith("g")
                || pos.equals("x") || pos.equals("nz") || pos.equals("a") || pos.equals("an")) {
            return true;
        }
        return allowVerbs && (pos.equals("vn") || pos.equals("v"));
    }
}
