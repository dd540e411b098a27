package org.parknews.extract;

import java.util.ArrayList;
import java.util.List;
import org.parknews.clean.Article;
import org.parknews.clean.MatchText;
import org.parknews.clean.Span;
import org.parknews.text.Segmenter;
import org.parknews.text.Token;

/**
 * An article with what every extractor needs: the match text (a 1:1 folded view of the body)
 * and one shared segmentation pass.
 */
public record AnalyzedArticle(Article article, String matchText, List<Token> tokens) {

    public AnalyzedArticle {
        tokens = List.copyOf(tokens);
    }

    /**
     * Folds the body into match text and segments that: HanLP sees full-width and traditional
     * characters folded (offsets unchanged), so a page in traditional script is cut into the
     * same words as its simplified version. The one way an article is analysed, in the
     * pipeline, the benchmark and the tests alike.
     */
    public static AnalyzedArticle of(Article article, Segmenter segmenter) {
        String matchText = MatchText.of(article.body());
        return new AnalyzedArticle(article, matchText, segmenter.segment(matchText, article.sentences()));
    }

    public String body() {
        return article.body();
    }

    /** The tokens lying inside a span, in order (found by binary search: called per quantity and name). */
    public List<Token> tokensIn(Span span) {
        List<Token> out = new ArrayList<>();
        for (int i = firstStartingAtOrAfter(span.start()); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= span.end()) {
                break;
            }
            if (t.end() <= span.end()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Tokens are in reading order and do not overlap: the index of the first starting at or after {@code offset}. */
    int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first token that ends after {@code offset}: the one covering it, else the next; tokens.size() if none. */
    int firstEndingAfter(int offset) {
        int i = firstStartingAtOrAfter(offset);
        return i > 0 && tokens.get(i - 1).end() > offset ? i - 1 : i;
    }

    /** The index of the token that starts at or covers {@code offset}, or -1. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * True when {@code start} and {@code end} fall on token boundaries, so a lexicon hit is a
     * word of its own and not the inside of another (美的 in 优美的).
     */
    public boolean isWord(int start, int end) {
        int first = tokenAt(start);
        int last = tokenAt(end - 1);
        return first >= 0 && last >= 0 && tokens.get(first).start() == start && tokens.get(last).end() == end;
    }
}
