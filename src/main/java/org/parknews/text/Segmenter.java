package org.parknews.text;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.parknews.clean.Span;
import org.parknews.rules.Lexicon;

/**
 * HanLP segmentation, set up once per JVM. Words from the seed lexicons are added to HanLP's
 * custom dictionary so that park and company names are not cut apart. A clause that may
 * name a person (it holds a person cue word) goes through the Viterbi segmenter with
 * person-name recognition; the others, most of the text, through {@link DictionarySegment},
 * which costs a fraction of that. Offsets are recomputed by searching each word in the input,
 * because HanLP's own offsets and even its words can drift from the input (full-width
 * folding, merged numbers); a token never points at text that is not there.
 */
public final class Segmenter {
    private final Segment withNames;
    private final Lexicon<String> personCues;

    /**
     * @param lexiconWords words to keep whole, tagged as proper nouns
     * @param personCues words that mark a sentence as possibly naming a person
     */
    public Segmenter(Collection<String> lexiconWords, Collection<String> personCues) {
        // Waits for a background load rather than racing it through HanLP's static initialisers.
        DictionaryPreload.load();
        this.personCues = Lexicon.ofWords(personCues);
        synchronized (Segmenter.class) {
            for (String w : lexiconWords) {
                if (!w.isBlank() && !CustomDictionary.contains(w)) {
                    CustomDictionary.insert(w, "nz 1024");
                }
            }
        }
        this.withNames = configured();
    }

    /** HanLP's Viterbi segmenter as parknews uses it: {@link NameSegment}, {@link #configure configured}. */
    static Segment configured() {
        return configure(new NameSegment());
    }

    /** The settings parknews gives a Viterbi segmenter: custom words and person names, no places or organisations. */
    static Segment configure(Segment segment) {
        return segment
                .enableCustomDictionary(true)
                .enableNameRecognize(true)
                .enableNumberQuantifierRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false);
    }

    /** Segments each sentence of {@code text} and returns tokens with offsets into {@code text}. */
    public List<Token> segment(String text, List<Span> sentences) {
        List<Token> tokens = new ArrayList<>();
        char[] chars = text.toCharArray();
        List<Lexicon.Match<String>> cues = personCues.findAll(text);
        DictionarySegment.Buffers buffers = new DictionarySegment.Buffers();
        int cue = 0;
        for (Span s : sentences) {
            int from = s.start();
            for (int i = from; i < s.end(); i++) {
                if (i + 1 < s.end() && !endsClause(chars, i)) {
                    continue;
                }
                int to = i + 1;
                while (cue < cues.size() && cues.get(cue).start() < from) {
                    cue++;
                }
                if (cue < cues.size() && cues.get(cue).start() < to) {
                    segmentInto(withNames, text, from, to, tokens);
                } else {
                    DictionarySegment.cut(text, chars, from, to, tokens, buffers);
                }
                from = to;
            }
        }
        return tokens;
    }

    /**
     * A comma, semicolon or colon (folded to ASCII in the match text) ends a clause, unless it
     * sits between digits (1,000; 10:30) or is a URL's. Names and the titles or verbs that mark them stand in
     * one clause, so only clauses holding a cue go through name recognition: about a third of
     * the text of the sentences that hold one.
     */
    private static boolean endsClause(char[] text, int i) {
        char c = text[i];
        if (c != ',' && c != ';' && c != ':') {
            return false;
        }
        char next = i + 1 < text.length ? text[i + 1] : ' ';
        return !(i > 0 && Character.isDigit(text[i - 1]) && Character.isDigit(next)) && !(c == ':' && next == '/');
    }

    private static void segmentInto(Segment segment, String text, int from, int to, List<Token> out) {
        String sentence = text.substring(from, to);
        // HanLP's segmenters keep no per-call state, so one instance serves every thread.
        List<Term> terms = segment.seg(sentence);
        int cursor = 0;
        for (Term t : terms) {
            String word = t.word;
            int at = word.isEmpty() ? -1 : sentence.indexOf(word, cursor);
            if (at < 0) {
                continue;
            }
            if (at > cursor) {
                addGap(text, from + cursor, from + at, out);
            }
            out.add(new Token(text, t.nature == null ? "x" : t.nature.toString(), from + at, from + at + word.length()));
            cursor = at + word.length();
        }
        if (cursor < sentence.length()) {
            addGap(text, from + cursor, to, out);
        }
    }

    /** Text HanLP skipped or rewrote becomes its own token, so tokens always re-join the input. */
    private static void addGap(String text, int start, int end, List<Token> out) {
        if (!text.substring(start, end).isBlank()) {
            out.add(new Token(text, "x", start, end));
        }
    }
}
