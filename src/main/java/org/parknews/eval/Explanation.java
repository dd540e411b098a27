package org.parknews.eval;

import java.util.List;
import org.parknews.clean.Span;
import org.parknews.extract.AnalyzedArticle;
import org.parknews.record.Record;
import org.parknews.text.Token;

/** Everything the pipeline saw and produced for one document: its record and the analysed article behind it. */
public record Explanation(Record record, AnalyzedArticle analyzed) {

    public List<Span> sentences() {
        return analyzed.article().sentences();
    }

    public String sentenceText(int index) {
        return index < 0 || index >= sentences().size() ? "" : sentences().get(index).of(analyzed.body());
    }

    public List<Token> tokensOf(int sentence) {
        return analyzed.tokensIn(sentences().get(sentence));
    }

    /** The index of the sentence holding a code-point offset of the record. */
    public int sentenceAt(int codePointOffset) {
        String body = analyzed.body();
        int cp = Math.min(codePointOffset, body.codePointCount(0, body.length()));
        return analyzed.article().sentenceIndexAt(body.offsetByCodePoints(0, cp));
    }

    /** A sentence's span in code points, as records count offsets. */
    public Record.Mention sentenceSpan(int index) {
        Span s = sentences().get(index);
        String body = analyzed.body();
        int start = body.codePointCount(0, s.start());
        return new Record.Mention(start, start + body.codePointCount(s.start(), s.end()));
    }
}
