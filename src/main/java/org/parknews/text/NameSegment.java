package org.parknews.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BaseNode;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import java.util.LinkedList;
import java.util.List;

/**
 * HanLP's Viterbi segmenter with its two dictionary walks on the packed tries: the word net's
 * core words come from {@link DictionarySegment.Words} instead of HanLP's double-array
 * searcher, and the custom-word merge walks {@link CustomWords}. The same words in the same
 * order, with one cache miss a step where HanLP's arrays had three, and filters that answer
 * most failing steps from cache; the two were 45% of the Viterbi route's time. The rest
 * (atoms, the path, name recognition) is HanLP's own; NameSegmentTest holds the output to
 * HanLP's stock segmenter.
 */
final class NameSegment extends ViterbiSegment {

    /**
     * WordBasedSegment.generateWordNet of HanLP portable-1.8.6 with the core-dictionary search
     * replaced: every core word at every start, shortest first (what the searcher enumerates),
     * then atoms for the runs of positions no word covers.
     */
    @Override
    protected void generateWordNet(WordNet wordNetStorage) {
        if (config.forceCustomDictionary) {
            super.generateWordNet(wordNetStorage); // the forced custom words are HanLP's business
            return;
        }
        char[] charArray = wordNetStorage.charArray;
        DictionarySegment.Words words = new DictionarySegment.Words().find(charArray);
        for (int w = 0; w < words.size; w++) {
            int begin = words.start[w];
            int id = words.id[w];
            wordNetStorage.add(begin + 1, new Vertex(new String(charArray, begin, words.length[w]), CoreDictionary.trie.get(id), id));
        }
        LinkedList<Vertex>[] vertexes = wordNetStorage.getVertexes();
        for (int i = 1; i < vertexes.length; ) {
            if (vertexes[i].isEmpty()) {
                int j = i + 1;
                for (; j < vertexes.length - 1; ++j) {
                    if (!vertexes[j].isEmpty() && CharType.get(charArray[j - 1]) != CharType.CT_CNUM) {
                        break;
                    }
                }
                wordNetStorage.add(i, quickAtomSegment(charArray, i - 1, j - 1));
                i = j;
            } else {
                i += vertexes[i].getLast().realWord.length();
            }
        }
    }

    /**
     * Segment.combineByCustomDictionary of HanLP portable-1.8.6 with the compiled dictionary
     * walked through {@link CustomWords}: from each word, the longest run of whole words that
     * spells a custom word becomes one word; then the same over the words added at run time
     * (HanLP's BinTrie, walked as HanLP walks it).
     */
    @Override
    protected List<Vertex> combineByCustomDictionary(List<Vertex> vertexList, DoubleArrayTrie<CoreDictionary.Attribute> dat) {
        if (dat != CustomWords.DAT) {
            return super.combineByCustomDictionary(vertexList, dat);
        }
        Vertex[] wordNet = vertexList.toArray(new Vertex[0]);
        int length = wordNet.length - 1; // the first and last vertices mark the sentence's ends
        // The words' characters in one array, and where each word starts in it.
        int[] starts = new int[wordNet.length];
        for (int i = 1; i < length; i++) {
            starts[i + 1] = starts[i] + wordNet[i].realWord.length();
        }
        char[] s = new char[starts[length]];
        for (int i = 1; i < length; i++) {
            wordNet[i].realWord.getChars(0, wordNet[i].realWord.length(), s, starts[i]);
        }
        for (int i = 1; i < length; ++i) {
            if (!CustomWords.mayStartAt(s, starts[i])) {
                continue;
            }
            long first = CustomWords.fromRoot(s, starts[i], starts[i + 1], coreId(wordNet[i]));
            int state = CustomWords.target(first);
            if (state > 0) {
                int to = i + 1;
                int end = to;
                int value = CustomWords.word(first);
                for (; to < length; ++to) {
                    int slot = CustomWords.walk(s, starts[to], starts[to + 1], state);
                    if (slot < 0) {
                        break;
                    }
                    state = CustomWords.slotTarget(slot);
                    if (CustomWords.slotWord(slot) >= 0) {
                        value = CustomWords.slotWord(slot);
                        end = to + 1;
                    }
                }
                if (value >= 0) {
                    combineWords(wordNet, i, end, dat.get(value));
                    i = end - 1;
                }
            }
        }
        if (customDictionary.trie != null) {
            boolean filtered = customDictionary.trie == CustomWords.runtimeTrie();
            for (int i = 1; i < length; ++i) {
                if (wordNet[i] == null || filtered && !CustomWords.mayStartRuntimeWordAt(s, starts[i])) {
                    continue;
                }
                BaseNode<CoreDictionary.Attribute> state = customDictionary.trie.transition(wordNet[i].realWord.toCharArray(), 0);
                if (state != null) {
                    int to = i + 1;
                    int end = to;
                    CoreDictionary.Attribute value = state.getValue();
                    for (; to < length; ++to) {
                        if (wordNet[to] == null) {
                            continue;
                        }
                        state = state.transition(wordNet[to].realWord.toCharArray(), 0);
                        if (state == null) {
                            break;
                        }
                        if (state.getValue() != null) {
                            value = state.getValue();
                            end = to + 1;
                        }
                    }
                    if (value != null) {
                        combineWords(wordNet, i, end, value);
                        i = end - 1;
                    }
                }
            }
        }
        vertexList.clear();
        for (Vertex vertex : wordNet) {
            if (vertex != null) {
                vertexList.add(vertex);
            }
        }
        return vertexList;
    }

    /**
     * The core-dictionary id of a path word from the word net, or -1: a vertex keeps the id
     * it was made with unless HanLP gave it a class placeholder (未##数 and the like), and then
     * its word is the placeholder rather than its text. Atoms carry -1 or a placeholder.
     */
    private static int coreId(Vertex v) {
        return v.wordID >= 0 && v.word.equals(v.realWord) ? v.wordID : -1;
    }

    /** Segment.combineWords of HanLP portable-1.8.6 (private there). */
    private static void combineWords(Vertex[] wordNet, int start, int end, CoreDictionary.Attribute value) {
        if (start + 1 == end) {
            wordNet[start].attribute = value;
        } else {
            StringBuilder sbTerm = new StringBuilder();
            for (int j = start; j < end; ++j) {
                if (wordNet[j] == null) {
                    continue;
                }
                String realWord = wordNet[j].realWord;
                sbTerm.append(realWord);
                wordNet[j] = null;
            }
            String realWord = sbTerm.toString();
            wordNet[start] = new Vertex(realWord, realWord, value);
        }
    }
}
