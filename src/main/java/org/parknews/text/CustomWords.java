package org.parknews.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BaseNode;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import org.parknews.rules.WordStartFilter;

/**
 * HanLP's compiled custom dictionary packed for the custom-word merge (Segment.combineByCustomDictionary),
 * which both routes run over their path: from each path word, a walk over that word's
 * characters, then on over the next words' while the walk lasts. The walks give exactly
 * HanLP's states and words ({@link PackedTrie}); what this adds is where they are cheap:
 * a filter on the first two characters, and the walk over a core-dictionary word read from
 * a table.
 *
 * <p>The dictionary's compiled part does not change at run time: the Segmenter adds only the
 * words it lacks, and HanLP keeps those in a separate BinTrie. The merge walks that trie from
 * every path word too, and {@link #mayStartRuntimeWordAt} filters those walks the same way.
 */
final class CustomWords {
    static final DoubleArrayTrie<CoreDictionary.Attribute> DAT = CustomDictionary.DEFAULT.dat;
    private static final PackedTrie WALK = new PackedTrie(DAT);
    /**
     * The tag a compiled custom word gives the words it merges, by value index: most path words
     * are custom words too, and reading the tag through HanLP's attribute objects was a cache
     * miss each.
     */
    private static final String[] TAG = new String[DAT.size()];

    static {
        for (int i = 0; i < TAG.length; i++) {
            CoreDictionary.Attribute a = DAT.get(i);
            TAG[i] = a == null ? null : a.nature[0].toString();
        }
    }

    private static final int RUNTIME_PAIR_BITS = 1 << 16;

    /** The first two characters of the words in HanLP's BinTrie (8 KB), as of the trie holding {@code size} words. */
    private record RuntimeStarts(int size, WordStartFilter filter) {
    }

    /** Rebuilt whenever the BinTrie's size changes (words are added, never removed). */
    private static volatile RuntimeStarts runtimeStarts = new RuntimeStarts(-1, new WordStartFilter(RUNTIME_PAIR_BITS));

    private CustomWords() {
    }

    /**
     * A sentence's path of words as the merge sees it: word {@code i} is {@code s[start(i),
     * end(i))} of the merge's character array. Joining words makes them one, and the words
     * after move down to follow it.
     */
    interface Path {
        int size();

        int start(int i);

        int end(int i);

        /** The word's core-dictionary id, or -1 (an atom, a merged word). */
        int coreId(int i);

        /** Makes words {@code first..last} one word, the compiled custom word with value index {@code word}. */
        void joinCompiled(int first, int last, int word);

        /** Makes words {@code first..last} one word, the run-time custom word {@code value}. */
        void joinRuntime(int first, int last, CoreDictionary.Attribute value);
    }

    /**
     * HanLP's custom-word merge (Segment.combineByCustomDictionary of portable-1.8.6) over
     * {@code path}: from each word, the longest run of whole words that spells a custom word
     * becomes one word, first for the compiled dictionary, then for the words added at run time
     * ({@code runtime}, HanLP's BinTrie, or null for none). Both routes run this one loop.
     * When {@code runtime} is {@link #runtimeTrie()}, {@link #mayStartRuntimeWordAt} rules out
     * most of its walks.
     */
    static void merge(char[] s, Path path, BinTrie<CoreDictionary.Attribute> runtime) {
        for (int i = 0; i < path.size(); i++) {
            if (!mayStartAt(s, path.start(i))) {
                continue;
            }
            long first = fromRoot(s, path.start(i), path.end(i), path.coreId(i));
            int state = target(first);
            if (state <= 0) {
                continue;
            }
            int last = i;
            int value = word(first);
            for (int to = i + 1; to < path.size(); to++) {
                int slot = walk(s, path.start(to), path.end(to), state);
                if (slot < 0) {
                    break;
                }
                state = slotTarget(slot);
                if (slotWord(slot) >= 0) {
                    value = slotWord(slot);
                    last = to;
                }
            }
            if (value >= 0) {
                path.joinCompiled(i, last, value);
            }
        }
        if (runtime == null) {
            return;
        }
        boolean runtimeFiltered = runtime == runtimeTrie();
        for (int i = 0; i < path.size(); i++) {
            if (runtimeFiltered && !mayStartRuntimeWordAt(s, path.start(i))) {
                continue;
            }
            BaseNode<CoreDictionary.Attribute> state = walk(runtime, s, path.start(i), path.end(i));
            if (state == null) {
                continue;
            }
            int last = i;
            CoreDictionary.Attribute value = state.getValue();
            for (int to = i + 1; to < path.size(); to++) {
                state = walk(state, s, path.start(to), path.end(to));
                if (state == null) {
                    break;
                }
                if (state.getValue() != null) {
                    value = state.getValue();
                    last = to;
                }
            }
            if (value != null) {
                path.joinRuntime(i, last, value);
            }
        }
    }

    /** BaseNode.transition(char[], 0) over {@code s[from, to)}: null once a step fails. */
    private static BaseNode<CoreDictionary.Attribute> walk(BaseNode<CoreDictionary.Attribute> node, char[] s, int from,
            int to) {
        for (int i = from; i < to && node != null; i++) {
            node = node.transition(s[i]);
        }
        return node;
    }

    /**
     * False only when no word of HanLP's BinTrie (the custom words added at run time) can start
     * at {@code at}: neither is {@code s[at]} one alone, nor does one start with
     * {@code s[at], s[at + 1]}. The merge walked that trie from every path word, and nearly
     * every walk failed at once.
     */
    static boolean mayStartRuntimeWordAt(char[] s, int at) {
        BinTrie<CoreDictionary.Attribute> trie = runtimeTrie();
        if (trie == null) {
            return false;
        }
        if (trie.size() < 0) {
            return true; // a trie loaded without a count: nothing to check the filter against
        }
        RuntimeStarts starts = runtimeStarts;
        if (starts.size() != trie.size()) {
            starts = rebuildRuntimeStarts(trie);
        }
        return starts.filter().mayStartAt(s, at);
    }

    /** HanLP's BinTrie of custom words added at run time, or null before the first. */
    static BinTrie<CoreDictionary.Attribute> runtimeTrie() {
        return CustomDictionary.DEFAULT.trie;
    }

    private static synchronized RuntimeStarts rebuildRuntimeStarts(BinTrie<CoreDictionary.Attribute> trie) {
        WordStartFilter filter = new WordStartFilter(RUNTIME_PAIR_BITS);
        int size;
        // Read under the lock the Segmenter adds its words under, so the count and the words agree.
        synchronized (Segmenter.class) {
            size = trie.size();
            for (String word : trie.keySet()) {
                if (!word.isEmpty()) {
                    filter.addWord(word);
                }
            }
        }
        RuntimeStarts starts = new RuntimeStarts(size, filter);
        runtimeStarts = starts;
        return starts;
    }

    /**
     * False only when the walk from {@code at} can neither pass two characters nor stop after
     * one on a word: then the merge finds nothing there, whatever the words' boundaries.
     */
    static boolean mayStartAt(char[] s, int at) {
        return WALK.mayHaveWordStartingAt(s, at);
    }

    /**
     * The walk from the root over the path word {@code s[from, to)}, as {@link #target} and
     * {@link #word}; {@code coreId} is the word's core-dictionary id, or -1 when it is not a
     * core word (an atom, a merged word). A core word's walk is learnt the first time the word
     * starts a merge and kept in {@link CoreWordData}: nearly every path word is a core word,
     * and walking it step by step cost a cache miss per character in a trie of megabytes.
     */
    static long fromRoot(char[] s, int from, int to, int coreId) {
        if (coreId < 0) {
            return walkFromRoot(s, from, to);
        }
        long known = CoreWordData.customWalk(coreId);
        if (known == 0) {
            known = walkFromRoot(s, from, to);
            CoreWordData.rememberCustomWalk(coreId, known);
        }
        return known;
    }

    /** Never 0, so {@link CoreWordData} can use 0 for "not yet learnt": state 0 and no word once a step fails. */
    private static long walkFromRoot(char[] s, int from, int to) {
        int slot = walk(s, from, to, WALK.root());
        int target = slot < 0 ? 0 : WALK.target(slot);
        int word = slot < 0 ? -1 : WALK.word(slot);
        return (long) target << 32 | (word + 2L);
    }

    /** The state a {@link #fromRoot} walk reached: DoubleArrayTrie.transition's result, 0 after a failed step. */
    static int target(long fromRoot) {
        return (int) (fromRoot >> 32);
    }

    /** The value index of the word a {@link #fromRoot} walk ends on, or -1. */
    static int word(long fromRoot) {
        return (int) fromRoot - 2;
    }

    /**
     * DoubleArrayTrie.transition(String, state) over the non-empty {@code s[from, to)}: the
     * slot of the last step ({@link #slotTarget}, {@link #slotWord}), or -1 once a step fails.
     */
    static int walk(char[] s, int from, int to, int state) {
        int slot = -1;
        for (int i = from; i < to; i++) {
            // Most walks fail: the words after a path word rarely continue a custom word.
            slot = WALK.slotIfAny(s[i], state);
            if (slot < 0) {
                return -1;
            }
            state = WALK.target(slot);
        }
        return slot;
    }

    static int slotTarget(int slot) {
        return WALK.target(slot);
    }

    static int slotWord(int slot) {
        return WALK.word(slot);
    }

    /** The tag of the compiled custom word with value index {@code word}. */
    static String tag(int word) {
        return TAG[word];
    }
}
