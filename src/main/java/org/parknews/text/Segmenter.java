package org.parknews.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.parknews.clean.Span;

/**
 * HanLP segmentation, set up once per JVM. Words from the seed lexicons are added to HanLP's
 * custom dictionary so that park and company names are not cut apart. Each sentence is first cut
 * by HanLP's dictionary-only double-array-trie segmenter (longest match with part-of-speech
 * tags, about six times faster than the Viterbi segmenter); only a sentence where that cut shows a
 * possible person name — a surname standing alone before one or two short pieces, or a name tag —
 * is cut again by the Viterbi segmenter with person-name recognition, whose {@code nr} tokens the
 * person extractor reads. Offsets are recomputed by searching each word in the input, because
 * HanLP's own offsets and even its words can drift from the input (full-width folding, merged
 * numbers); a token never points at text that is not there.
 */
public final class Segmenter {
    private static final String WARM_UP = "产值达到12亿元。";
    /** Tags under which a surname character is a function word: 向 (p), 和 (cc), 万 (m). */
    private static final Set<String> GRAMMAR_TAGS = Set.of("p", "c", "cc", "m", "u", "ude1", "uzhe", "ule", "uguo");
    private final Segment fast;
    private final Segment names;
    private final Set<String> surnames;

    /**
     * @param lexiconWords words to keep whole, tagged as proper nouns
     * @param surnames     single-character family names: where one stands alone, a name may follow
     */
    public Segmenter(Collection<String> lexiconWords, Collection<String> surnames) {
        synchronized (Segmenter.class) {
            for (String w : lexiconWords) {
                if (!w.isBlank() && !CustomDictionary.contains(w)) {
                    CustomDictionary.insert(w, "nz 1024");
                }
            }
        }
        this.surnames = Set.copyOf(surnames);
        this.fast = quietly(() -> new DoubleArrayTrieSegment().enablePartOfSpeechTagging(true).enableCustomDictionary(true));
        this.names = HanLP.newSegment()
                .enableCustomDictionary(true)
                .enableNameRecognize(true)
                .enableNumberQuantifierRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false);
        // HanLP loads some dictionaries lazily on first use; doing that here, on one thread,
        // keeps the first documents of a parallel run from racing through the loading.
        synchronized (Segmenter.class) {
            names.seg(WARM_UP);
            fast.seg(WARM_UP);
        }
    }

    /** HanLP logs a warning when a trie segmenter gets the custom dictionary; it is what we want. */
    private static Segment quietly(Supplier<Segment> build) {
        Level level = Predefine.logger.getLevel();
        Predefine.logger.setLevel(Level.SEVERE);
        try {
            return build.get();
        } finally {
            Predefine.logger.setLevel(level);
        }
    }

    /** Segments each sentence of {@code text} and returns tokens with offsets into {@code text}. */
    public List<Token> segment(String text, List<Span> sentences) {
        List<Token> tokens = new ArrayList<>();
        for (Span s : sentences) {
            segmentInto(text, s.start(), s.end(), tokens);
        }
        return tokens;
    }

    private void segmentInto(String text, int from, int to, List<Token> out) {
        String sentence = text.substring(from, to);
        // HanLP's segmenters keep no per-call state, so one instance serves every thread.
        List<Term> terms = fast.seg(sentence);
        if (mayHoldName(terms)) {
            terms = names.seg(sentence);
        }
        int cursor = 0;
        for (Term t : terms) {
            String word = t.word;
            int at = word.isEmpty() ? -1 : sentence.indexOf(word, cursor);
            if (at < 0) {
                continue;
            }
            if (at > cursor) {
                addGap(sentence, cursor, at, from, out);
            }
            out.add(new Token(word, t.nature == null ? "x" : t.nature.toString(), from + at, from + at + word.length()));
            cursor = at + word.length();
        }
        if (cursor < sentence.length()) {
            addGap(sentence, cursor, sentence.length(), from, out);
        }
    }

    /**
     * A dictionary cut leaves an unknown name in pieces: 谭毅 → 谭|毅, 刘兴海 → 刘|兴|海. A surname
     * standing alone (and not read as a preposition, conjunction or numeral: 向, 和, 万) right
     * before a single Chinese character, or a token already tagged as a name, sends the sentence
     * to the name-recognising segmenter.
     */
    private boolean mayHoldName(List<Term> terms) {
        boolean afterSurname = false;
        for (Term t : terms) {
            String tag = t.nature == null ? "" : t.nature.toString();
            if (tag.startsWith("nr") || afterSurname && t.word.length() == 1
                    && Character.UnicodeScript.of(t.word.charAt(0)) == Character.UnicodeScript.HAN) {
                return true;
            }
            afterSurname = t.word.length() == 1 && surnames.contains(t.word) && !GRAMMAR_TAGS.contains(tag);
        }
        return false;
    }

    /** Text HanLP skipped or rewrote becomes its own token, so tokens always re-join the input. */
    private static void addGap(String sentence, int start, int end, int base, List<Token> out) {
        String gap = sentence.substring(start, end);
        if (!gap.isBlank()) {
            out.add(new Token(gap, "x", base + start, base + end));
        }
    }
}
