package org.parknews.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.utility.Predefine;
import java.util.Arrays;
import java.util.List;

/**
 * The words of HanLP's core dictionary cut along the path of the most frequent words (a
 * unigram model) instead of the Viterbi segmenter's bigram path, then merged by HanLP's
 * custom dictionary (its own words and the lexicon words added to it) exactly as HanLP's
 * {@code Segment.combineByCustomDictionary} merges a path. The candidate words, the atoms for
 * text the dictionary lacks (numbers, Latin runs) and the tags are HanLP's, so extractors
 * reading tags see the same kind of tokens as from the Viterbi route. Nothing of HanLP's word
 * net is built: words are positions in the sentence and ids into the dictionary, costs and
 * tags are looked up in tables made once, and only the tokens on the path become strings.
 * That is the saving: a unigram path over HanLP's full word net was measured as slow as
 * Viterbi, building the net is most of that segmenter's cost. Plain longest match (HanLP's
 * DoubleArrayTrieSegment) was tried and cut too many phrases wrong (家园|区 in 4家园区,
 * 和服|务 in 和服务类).
 */
final class DictionarySegment {
    private static final DoubleArrayTrie<CoreDictionary.Attribute> CORE = CoreDictionary.trie;
    private static final PackedTrie CORE_WALK = new PackedTrie(CORE);
    private static final String ATOM_TAG_NUMBER = Nature.m.toString();
    private static final String ATOM_TAG_LATIN = Nature.nx.toString();
    private static final String ATOM_TAG_DELIMITER = Nature.w.toString();
    private static final String ATOM_TAG_OTHER = Nature.n.toString();
    private static final double ATOM_COST = CoreWordData.cost(Predefine.OOV_DEFAULT_FREQUENCY);

    private DictionarySegment() {
    }

    /**
     * Cuts {@code text[from, to)} and appends its tokens, with offsets into {@code text}
     * ({@code chars} is its characters). The tokens cover the range without gaps.
     */
    static void cut(String text, char[] chars, int from, int to, List<Token> out, Buffers buffers) {
        char[] sentence = Arrays.copyOfRange(chars, from, to);
        Path path = Path.cheapest(sentence, buffers);
        path.mergeCustomWords(sentence);
        path.appendTokens(text, from, out);
    }

    /**
     * The working arrays of {@link #cut}, reused from clause to clause by one thread: allocating
     * and zeroing eight arrays a clause showed up in the profile. Grown to the longest clause.
     */
    static final class Buffers {
        private final Words words = new Words();
        private double[] cost = new double[0];
        private int[] edgeStart = new int[0];
        /** The core-dictionary id of the cheapest edge ending at each position, or -1 for an atom. */
        private int[] edgeId = new int[0];
        private int[] atomEnd = new int[0];

        /** Makes room for a sentence of {@code n} characters. */
        private void fit(int n) {
            if (cost.length < n + 1) {
                int capacity = Math.max(n + 1, cost.length * 2);
                cost = new double[capacity];
                edgeStart = new int[capacity];
                edgeId = new int[capacity];
                atomEnd = new int[capacity];
            }
        }
    }

    /** The chosen words of one sentence, in order, as parallel arrays of ends and tags. */
    private static final class Path implements CustomWords.Path {
        /** End offset (exclusive) of each word; a word starts where the previous one ends. */
        int[] end;
        String[] tag;
        /** The core-dictionary id of each word, or -1 for an atom or a merged word. */
        int[] coreId;
        int size;

        private Path(int capacity) {
            end = new int[capacity];
            tag = new String[capacity];
            coreId = new int[capacity];
        }

        /**
         * The cheapest cut of the sentence into dictionary words and atoms, each word costing
         * -log of its relative frequency. Edges are relaxed in order of start, words (shortest
         * first) before the atom, and a later edge must be strictly cheaper to win, as before.
         */
        static Path cheapest(char[] s, Buffers buffers) {
            int n = s.length;
            buffers.fit(n);
            Words words = buffers.words.find(s);
            double[] cost = buffers.cost;
            int[] edgeStart = buffers.edgeStart;
            int[] edgeId = buffers.edgeId;
            Arrays.fill(cost, 0, n + 1, Double.POSITIVE_INFINITY);
            cost[0] = 0;
            int[] atomEnd = atoms(s, words.longest, buffers.atomEnd);
            int w = 0;
            for (int p = 0; p < n; p++) {
                double here = cost[p];
                for (; w < words.size && words.start[w] == p; w++) {
                    int to = p + words.length[w];
                    double c = here + CoreWordData.costOf(words.id[w]);
                    if (c < cost[to]) {
                        cost[to] = c;
                        edgeStart[to] = p;
                        edgeId[to] = words.id[w];
                    }
                }
                if (atomEnd[p] > 0) {
                    int to = atomEnd[p];
                    double c = here + ATOM_COST;
                    if (c < cost[to]) {
                        cost[to] = c;
                        edgeStart[to] = p;
                        edgeId[to] = -1;
                    }
                }
            }
            int count = 0;
            for (int e = n; e > 0; e = edgeStart[e]) {
                count++;
            }
            Path path = new Path(count);
            path.size = count;
            for (int e = n, i = count - 1; e > 0; e = edgeStart[e], i--) {
                int id = edgeId[e];
                path.end[i] = e;
                path.tag[i] = id >= 0 ? CoreWordData.tagOf(id) : atomTag(s[edgeStart[e]]);
                path.coreId[i] = id;
            }
            return path;
        }

        @Override
        public int start(int i) {
            return i == 0 ? 0 : end[i - 1];
        }

        /** HanLP's custom-dictionary merge over the path ({@link CustomWords#merge}). */
        void mergeCustomWords(char[] s) {
            CustomWords.merge(s, this, CustomWords.runtimeTrie());
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int end(int i) {
            return end[i];
        }

        @Override
        public int coreId(int i) {
            return coreId[i];
        }

        @Override
        public void joinCompiled(int first, int last, int word) {
            combine(first, last, CustomWords.tag(word));
        }

        @Override
        public void joinRuntime(int first, int last, CoreDictionary.Attribute value) {
            combine(first, last, value.nature[0].toString());
        }

        /** Makes words {@code first..last} one word tagged {@code newTag}. */
        private void combine(int first, int last, String newTag) {
            tag[first] = newTag;
            coreId[first] = -1;
            if (last > first) {
                end[first] = end[last];
                int removed = last - first;
                System.arraycopy(end, last + 1, end, first + 1, size - last - 1);
                System.arraycopy(tag, last + 1, tag, first + 1, size - last - 1);
                System.arraycopy(coreId, last + 1, coreId, first + 1, size - last - 1);
                size -= removed;
            }
        }

        void appendTokens(String text, int base, List<Token> out) {
            for (int i = 0; i < size; i++) {
                out.add(new Token(text, tag[i], base + start(i), base + end[i]));
            }
        }
    }

    private static String atomTag(char first) {
        return switch (CharType.get(first)) {
            case CharType.CT_NUM, CharType.CT_INDEX, CharType.CT_CNUM -> ATOM_TAG_NUMBER;
            case CharType.CT_SINGLE -> ATOM_TAG_LATIN;
            case CharType.CT_DELIMITER, CharType.CT_OTHER -> ATOM_TAG_DELIMITER;
            default -> ATOM_TAG_OTHER;
        };
    }

    /**
     * Where HanLP's word net places atoms (Segment.quickAtomSegment over each run of positions
     * where no dictionary word starts): the end of the atom starting at each position, or 0.
     * A run is cut where the character type changes, except that a number keeps a decimal
     * point or comma followed by a digit. Positions inside the longest word of an earlier
     * start are left to that word.
     */
    private static int[] atoms(char[] s, int[] longest, int[] atomEnd) {
        int n = s.length;
        Arrays.fill(atomEnd, 0, n, 0);
        int i = 0;
        while (i < n) {
            if (longest[i] > 0) {
                i += longest[i];
                continue;
            }
            int j = i + 1;
            while (j < n && longest[j] == 0) {
                j++;
            }
            int start = i;
            int type = CharType.get(s[start]);
            for (int k = start + 1; k < j; k++) {
                int next = CharType.get(s[k]);
                if (next != type) {
                    if (type == CharType.CT_NUM && "，,．.".indexOf(s[k]) >= 0 && k + 1 < j
                            && CharType.get(s[k + 1]) == CharType.CT_NUM) {
                        continue;
                    }
                    atomEnd[start] = k;
                    start = k;
                }
                type = next;
            }
            atomEnd[start] = j;
            i = j;
        }
        return atomEnd;
    }

    /**
     * The core-dictionary words found in a sentence, in order of start, as parallel arrays;
     * reused for the next sentence by {@link #find}.
     */
    static final class Words {
        int size;
        // Every character starts a word or two: 1.2 words a character on the corpus. add() grows them.
        int[] start = new int[64];
        int[] length = new int[64];
        int[] id = new int[64];
        /** The length of the longest word starting at each position, or 0. */
        int[] longest = new int[0];

        /** Finds the words of {@code s}, in place of the last sentence's. */
        Words find(char[] s) {
            size = 0;
            if (longest.length < s.length) {
                longest = new int[Math.max(s.length, longest.length * 2)];
            } else {
                Arrays.fill(longest, 0, s.length, 0);
            }
            // What DoubleArrayTrie.Searcher enumerates: from each start, every word, shortest first.
            for (int begin = 0; begin < s.length; begin++) {
                int state = CORE_WALK.root();
                for (int i = begin; i < s.length; i++) {
                    // Past a word's second character most steps fail: the filter answers those.
                    int slot = i < begin + 2 ? CORE_WALK.slot(s[i], state) : CORE_WALK.slotIfAny(s[i], state);
                    if (slot < 0) {
                        break;
                    }
                    state = CORE_WALK.target(slot);
                    int id = CORE_WALK.word(slot);
                    if (id >= 0) {
                        add(begin, i - begin + 1, id);
                    }
                    if (i == begin && i + 1 < s.length && !CORE_WALK.mayHaveWordsStarting(s[i], s[i + 1])) {
                        break; // no longer word starts here: skip the step's cache miss
                    }
                }
            }
            return this;
        }

        private void add(int begin, int len, int index) {
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                length = Arrays.copyOf(length, size * 2);
                id = Arrays.copyOf(id, size * 2);
            }
            start[size] = begin;
            length[size] = len;
            id[size] = index;
            size++;
            longest[begin] = Math.max(longest[begin], len);
        }
    }
}
