package org.parknews.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.parknews.text.Token;

/**
 * Finds where a park or company name starts, given the offset where its head word (a park
 * suffix, a legal form) starts: it walks back over the tokens that can be part of a name and
 * stops at punctuation, function words and the words that introduce a name (引进, 成立).
 * It also tells whether a prefix holds a proper-name token, which separates 湘潭高新区 from
 * 专业特色产业园.
 */
final class NameBoundary {
    /** Words that never sit inside a park or company name. */
    private static final Set<String> STOP_WORDS = Set.of("企业", "园区", "公司", "该", "本", "与", "和", "及", "等", "由",
            "在", "对", "为", "的", "了", "是", "将", "已", "把", "被", "从", "向", "同", "跟", "经", "让", "使", "其",
            "国家", "省级", "市级", "国家级", "全市", "全省", "全国", "各", "我", "我们", "他们", "引进", "成立", "合作", "合资",
            "依托", "获得", "通过", "包括", "其中", "以及", "牵头", "作为", "这", "那", "每", "原", "即", "如",
            "设立", "注册", "组建", "收购", "并购", "入股", "签约", "落户", "新建", "筹建", "创办", "兴办", "开办", "携手",
            "联合", "推荐", "申报", "吸引", "集聚", "拥有", "例如", "一家", "两家", "多家", "几家", "数家", "各家", "这家",
            "那家", "每家", "该家", "一批", "一些", "部分", "相关", "有关");
    /** 三季度, 上半年, 今年: time words, however HanLP tags them, never open a name (前三季度开发区新引进…). */
    private static final java.util.regex.Pattern TIME_WORD = java.util.regex.Pattern.compile(
            "[一二三四五六七八九十两上下前后本今去明全当同首末]+(季度|年度|年|月份?|季|周|旬|日|天|时期)|季度|年度");
    /** The last characters of every {@link #TIME_WORD}. */
    private static final String TIME_WORD_ENDS = "度年月份季周旬日天期";
    /** Glued to a head word, these make it a relation (子公司, 母公司) rather than a name. */
    private static final Set<String> RELATION_PREFIXES = Set.of("子", "母");
    /** Ranks that are stop words alone but sit inside a park's full name after its place (武进国家高新区). */
    private static final Set<String> RANK_WORDS = Set.of("国家", "国家级", "省级");
    private static final Set<String> PLACE_POS = Set.of("ns", "nsf", "nz");
    /** Parts of speech that end a company name on the left: prepositions, conjunctions, particles, pronouns, adverbs. */
    private static final Set<String> COMPANY_BREAK_POS = Set.of("p", "pba", "pbei", "c", "cc", "d", "dg", "dl", "r", "rr",
            "ry", "rys", "ryt", "ryv", "rz", "rzs", "rzt", "rzv", "y", "e", "o", "w", "u", "ude1", "ude2",
            "ude3", "udeng", "udh", "ule", "ulian", "uls", "usuo", "uyy", "uzhe", "uguo", "t", "tg");
    /** Parts of speech of proper names: places, people, organisations, abbreviations, foreign words. */
    private static final Set<String> PROPER_POS = Set.of("ns", "nsf", "nz", "nr", "nr1", "nr2", "nrf", "nrj", "nt", "ntc",
            "ntcb", "ntcf", "ntch", "nth", "nto", "nts", "ntu", "nx", "j", "x");

    /** The two kinds of name whose left edge this finds; companies admit verbs (创新投资) and single characters. */
    enum Kind { PARK, COMPANY }

    private NameBoundary() {
    }

    /**
     * @param maxChars the longest name prefix to accept
     * @return the offset where the name starts; {@code headStart} when no prefix qualifies
     */
    static int leftOf(AnalyzedArticle doc, int headStart, int maxChars, Kind kind) {
        List<Token> tokens = doc.tokens();
        String text = doc.matchText();
        int ti = doc.tokenAt(headStart);
        int left = headStart;
        if (ti >= 0 && tokens.get(ti).start() < headStart) {
            // The head word is glued to the word before it (自主创新|园): that part is in the name.
            String prefix = text.substring(tokens.get(ti).start(), headStart);
            if (RELATION_PREFIXES.contains(prefix)) {
                // 子公司, 母公司: a relation to some other firm or park, named elsewhere if at all.
                return headStart;
            }
            if (isNameText(prefix) && !STOP_WORDS.contains(prefix)) {
                left = tokens.get(ti).start();
            }
            ti--;
        } else {
            ti = ti >= 0 ? ti - 1 : lastTokenBefore(doc, headStart);
        }
        while (ti >= 0) {
            Token t = tokens.get(ti);
            if (kind == Kind.PARK && left > 0 && text.charAt(left - 1) == '”') {
                int open = text.lastIndexOf('“', left - 1);
                if (open < 0 || left - open > 16 || headStart - open > maxChars + 2
                        || isNumeralSlogan(text.substring(open + 1, left - 1))) {
                    break;
                }
                left = open;
                ti = lastTokenBefore(doc, open);
                continue;
            }
            if (kind == Kind.PARK && t.text().equals("·") && t.end() == left && ti > 0
                    && PLACE_POS.contains(tokens.get(ti - 1).pos()) && tokens.get(ti - 1).end() == t.start()) {
                // 中国·长沙科技城: a place joined to the name by a middle dot.
                left = tokens.get(ti - 1).start();
                ti -= 2;
                continue;
            }
            // 5家, 多家, 这家: a classifier after a number or determiner ends the name.
            boolean counted = t.pos().startsWith("q") && ti > 0 && (tokens.get(ti - 1).pos().startsWith("m")
                    || "多几数各每这那该".contains(tokens.get(ti - 1).text()));
            if (kind == Kind.PARK && RANK_WORDS.contains(t.text()) && t.end() == left && ti > 0
                    && PLACE_POS.contains(tokens.get(ti - 1).pos()) && tokens.get(ti - 1).end() == t.start()) {
                // 常州国家高新技术产业开发区: a rank word inside a name that opens with a place.
                left = tokens.get(ti - 1).start();
                ti -= 2;
                continue;
            }
            if (kind == Kind.COMPANY && left > 2 && (text.charAt(left - 1) == ')' || text.charAt(left - 1) == '）')) {
                // 格力电器(长沙)有限公司: a branch's place in brackets before the legal form.
                int open = Math.max(text.lastIndexOf('(', left - 1), text.lastIndexOf('（', left - 1));
                if (open < 1 || left - open > 6 || !isNameText(text.substring(open + 1, left - 1))) {
                    break;
                }
                left = open;
                ti = lastTokenBefore(doc, open);
                continue;
            }
            if (t.end() != left || headStart - t.start() > maxChars || !canBePart(t, kind) || counted) {
                if (kind == Kind.COMPANY && crossesPlaceConjunction(tokens, ti, left)) {
                    left = tokens.get(ti - 1).start();
                }
                break;
            }
            left = t.start();
            ti--;
        }
        return left;
    }

    /** “十四五”, “5523”: a numbered plan or slogan, not a name. */
    private static boolean isNumeralSlogan(String quoted) {
        return !quoted.isEmpty() && quoted.chars().allMatch(c -> "〇零一二三四五六七八九十百千万两".indexOf(c) >= 0
                || (c >= '0' && c <= '9') || c == '+');
    }

    /** True when the tokens from {@code start} to {@code end} hold a proper name or a character-level (rare) word. */
    static boolean hasAnchor(AnalyzedArticle doc, int start, int end, Kind kind, Predicate<String> notAnchor) {
        String text = doc.matchText();
        int quote = text.indexOf('“', start);
        if (quote >= 0 && quote < end) {
            return true;
        }
        List<Token> tokens = doc.tokens();
        for (int i = doc.firstEndingAfter(start); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= end) {
                break;
            }
            String part = start <= t.start() && t.end() <= end ? t.text()
                    : text.substring(Math.max(start, t.start()), Math.min(end, t.end()));
            if (notAnchor.test(part) || !isNameText(part)) {
                continue;
            }
            boolean single = part.length() == 1 && (kind == Kind.COMPANY || t.pos().endsWith("g"));
            if (PROPER_POS.contains(t.pos()) || single || part.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
                return true;
            }
        }
        return false;
    }

    /** 湖南和广生物有限公司: a province before 和 at the start of a clause belongs to the name. */
    private static boolean crossesPlaceConjunction(List<Token> tokens, int ti, int left) {
        Token t = tokens.get(ti);
        if (!t.text().equals("和") || t.end() != left || ti < 1 || left - t.start() != 1) {
            return false;
        }
        Token place = tokens.get(ti - 1);
        if (!place.pos().equals("ns") || place.end() != t.start()) {
            return false;
        }
        return ti < 2 || tokens.get(ti - 2).pos().equals("w") || tokens.get(ti - 2).end() != place.start();
    }

    /**
     * A company name may hold verbs (深圳创新投资集团公司) but does not start with one (推荐|宁远…, 争取|专业银行):
     * when a place name follows a verb, the name starts at the place; otherwise leading verbs are dropped.
     */
    static int trimLeadingVerbs(AnalyzedArticle doc, int left, int headStart) {
        List<Token> tokens = doc.tokens();
        int ti = doc.tokenAt(left);
        if (ti < 0) {
            return left;
        }
        int verbEnd = -1;
        for (int i = ti; i < tokens.size() && tokens.get(i).start() < headStart; i++) {
            Token t = tokens.get(i);
            if (isVerb(t) && t.end() <= headStart) {
                verbEnd = i;
            } else if (t.pos().equals("ns") && verbEnd >= 0 && !inBrackets(doc.matchText(), t)) {
                // 争取湖南某某有限公司: a place after a verb opens the name; a bracketed place
                // (计算科技(合肥)股份有限公司) is the branch's seat inside it.
                return t.start();
            }
        }
        int i = ti;
        while (i < tokens.size() && tokens.get(i).end() <= headStart && (isVerb(tokens.get(i))
                || STOP_WORDS.contains(tokens.get(i).text()))) {
            i++;
        }
        return i < tokens.size() && tokens.get(i).start() < headStart ? Math.max(left, tokens.get(i).start()) : headStart;
    }

    private static boolean inBrackets(String text, Token t) {
        return t.start() > 0 && text.charAt(t.start() - 1) == '(' && t.end() < text.length() && text.charAt(t.end()) == ')';
    }

    private static boolean isVerb(Token t) {
        return t.length() >= 2 && (t.pos().equals("v") || t.pos().equals("vi") || t.pos().equals("vn")
                || t.pos().equals("vf") || t.pos().equals("vx"));
    }

    private static int lastTokenBefore(AnalyzedArticle doc, int offset) {
        return doc.firstStartingAtOrAfter(offset) - 1;
    }

    private static boolean canBePart(Token t, Kind kind) {
        if (!isNameText(t.text()) || STOP_WORDS.contains(t.text()) || isTimeWord(t.text())) {
            return false;
        }
        String pos = t.pos();
        if (kind == Kind.COMPANY) {
            return !COMPANY_BREAK_POS.contains(pos) && !(pos.equals("m") && t.text().chars().anyMatch(c -> c < 128));
        }
        return pos.startsWith("n") || pos.equals("j") || pos.equals("b") || pos.startsWith("g") || pos.endsWith("g")
                || pos.equals("x") || (pos.startsWith("a") && t.length() > 1) || (pos.equals("f") && "东西南北".contains(t.text()));
    }

    private static boolean isTimeWord(String word) {
        // Most words cannot end a time word: one char lookup spares them the regex.
        return TIME_WORD_ENDS.indexOf(word.charAt(word.length() - 1)) >= 0 && TIME_WORD.matcher(word).matches();
    }

    private static boolean isNameText(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isLetterOrDigit(c) || c == '·')) {
                return false;
            }
        }
        return true;
    }
}
