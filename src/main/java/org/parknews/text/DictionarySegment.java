package org.parknews.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.seg.NShort.Path.AtomNode;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The words of HanLP's core dictionary cut along the path of the most frequent words (a
 * unigram model) instead of the Viterbi segmenter's bigram path. The candidate words, the
 * atoms for text the dictionary lacks (numbers, Latin runs), the tags and the custom-dictionary
 * merge of lexicon words are HanLP's own, as the Viterbi segmenter builds them, so extractors
 * reading tags see the same kind of tokens; only vertices on the chosen path are built, which
 * is where the saving is (a unigram path over HanLP's full WordNet was measured as slow as
 * Viterbi: building the net is most of that segmenter's cost). Plain longest match (HanLP's DoubleArrayTrieSegment) was tried and
 * cut too many phrases wrong (家园|区 in 4家园区, 和服|务 in 和服务类).
 */
final class DictionarySegment extends Segment {
    private static final double LOG_TOTAL = Math.log(Predefine.TOTAL_FREQUENCY);

    @Override
    protected List<Term> segSentence(char[] text) {
        int n = text.length;
        Words words = new Words(n);
        DoubleArrayTrie<CoreDictionary.Attribute>.Searcher searcher = CoreDictionary.trie.getSearcher(text, 0);
        while (searcher.next()) {
            words.add(searcher.begin, searcher.length, searcher.value, searcher.index);
        }
        Vertex[] atoms = atoms(text, words);
        double[] cost = new double[n + 1];
        int[] edge = new int[n + 1];
        Vertex[] atomEdge = new Vertex[n + 1];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        int w = 0;
        for (int p = 0; p < n; p++) {
            for (; w < words.size && words.start[w] == p; w++) {
                relax(cost, edge, atomEdge, p, p + words.length[w], words.attribute[w].totalFrequency, w, null);
            }
            Vertex atom = atoms[p];
            if (atom != null) {
                relax(cost, edge, atomEdge, p, p + atom.realWord.length(), atom.attribute.totalFrequency, -1, atom);
            }
        }
        List<Vertex> path = new ArrayList<>();
        path.add(Vertex.newE());
        for (int end = n; end > 0; ) {
            Vertex v = atomEdge[end] != null ? atomEdge[end] : words.vertex(text, edge[end]);
            path.add(v);
            end -= v.realWord.length();
        }
        path.add(Vertex.newB());
        Collections.reverse(path);
        // The sentence start and end markers stay on the path: HanLP's custom-dictionary merge
        // never looks at the first and last vertex, and would miss a lexicon word at either edge.
        if (config.useCustomDictionary) {
            path = combineByCustomDictionary(path);
        }
        List<Term> out = new ArrayList<>(path.size());
        for (Vertex v : path.subList(1, path.size() - 1)) {
            out.add(new Term(v.realWord, v.guessNature()));
        }
        return out;
    }

    private static void relax(double[] cost, int[] edge, Vertex[] atomEdge, int from, int to, int frequency, int word,
            Vertex atom) {
        if (cost[from] == Double.POSITIVE_INFINITY) {
            return;
        }
        double c = cost[from] + LOG_TOTAL - Math.log(frequency + 1);
        if (c < cost[to]) {
            cost[to] = c;
            edge[to] = word;
            atomEdge[to] = atom;
        }
    }

    /**
     * Atoms where no dictionary word starts, as HanLP's word net places them: a run of such
     * positions is cut into numbers, Latin runs and single characters; positions inside the
     * longest word of an earlier start are left to that word.
     */
    private static Vertex[] atoms(char[] text, Words words) {
        Vertex[] atoms = new Vertex[text.length];
        int i = 0;
        while (i < text.length) {
            if (words.longest[i] > 0) {
                i += words.longest[i];
                continue;
            }
            int j = i + 1;
            while (j < text.length && words.longest[j] == 0) {
                j++;
            }
            for (AtomNode a : quickAtomSegment(text, i, j)) {
                atoms[i] = atomVertex(a);
                i += a.sWord.length();
            }
            i = j;
        }
        return atoms;
    }

    /** The vertex HanLP's word net makes of an atom (WordNet.add): numbers m, Latin runs nx, delimiters w. */
    private static Vertex atomVertex(AtomNode a) {
        return switch (a.nPOS) {
            case CharType.CT_NUM, CharType.CT_INDEX, CharType.CT_CNUM -> atom(Predefine.TAG_NUMBER, a, Nature.m, CoreDictionary.M_WORD_ID);
            case CharType.CT_SINGLE -> atom(Predefine.TAG_CLUSTER, a, Nature.nx, CoreDictionary.X_WORD_ID);
            case CharType.CT_DELIMITER, CharType.CT_OTHER -> atom(a.sWord, a, Nature.w, -1);
            default -> atom(a.sWord, a, Nature.n, -1);
        };
    }

    private static Vertex atom(String word, AtomNode a, Nature nature, int id) {
        return new Vertex(word, a.sWord, new CoreDictionary.Attribute(nature, Predefine.OOV_DEFAULT_FREQUENCY), id);
    }

    /** The dictionary words found in a sentence, in order of start, as parallel arrays. */
    private static final class Words {
        int size;
        int[] start;
        int[] length;
        int[] id;
        CoreDictionary.Attribute[] attribute;
        final int[] longest;

        Words(int n) {
            // A sentence holds about three dictionary words per character (every character and the words it starts).
            int capacity = Math.max(8, n * 4);
            start = new int[capacity];
            length = new int[capacity];
            id = new int[capacity];
            attribute = new CoreDictionary.Attribute[capacity];
            longest = new int[n];
        }

        void add(int begin, int len, CoreDictionary.Attribute value, int index) {
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                length = Arrays.copyOf(length, size * 2);
                id = Arrays.copyOf(id, size * 2);
                attribute = Arrays.copyOf(attribute, size * 2);
            }
            start[size] = begin;
            length[size] = len;
            id[size] = index;
            attribute[size] = value;
            size++;
            longest[begin] = Math.max(longest[begin], len);
        }

        Vertex vertex(char[] text, int w) {
            return new Vertex(new String(text, start[w], length[w]), attribute[w], id[w]);
        }
    }
}
