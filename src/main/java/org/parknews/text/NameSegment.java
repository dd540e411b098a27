package org.parknews.text;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
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
     * The word finder's arrays, reused from clause to clause by each thread: one instance of
     * this segmenter serves every thread, and a fresh finder a clause (its arrays grown from
     * empty each time) was 1.7% of a pass.
     */
    private static final ThreadLocal<DictionarySegment.Words> WORDS = ThreadLocal.withInitial(DictionarySegment.Words::new);

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
        DictionarySegment.Words words = WORDS.get().find(charArray);
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
     * Segment.combineByCustomDictionary of HanLP portable-1.8.6 as {@link CustomWords#merge},
     * the loop the dictionary route runs too, over the path's words between its two ends.
     */
    @Override
    protected List<Vertex> combineByCustomDictionary(List<Vertex> vertexList, DoubleArrayTrie<CoreDictionary.Attribute> dat) {
        if (dat != CustomWords.DAT) {
            return super.combineByCustomDictionary(vertexList, dat);
        }
        VertexPath path = new VertexPath(vertexList.subList(1, vertexList.size() - 1), dat);
        CustomWords.merge(path.chars, path, customDictionary.trie);
        Vertex begin = vertexList.get(0);
        Vertex end = vertexList.get(vertexList.size() - 1);
        vertexList.clear();
        vertexList.add(begin);
        for (int i = 0; i < path.size; i++) {
            vertexList.add(path.words[i]);
        }
        vertexList.add(end);
        return vertexList;
    }

    /** The path's vertices as {@link CustomWords.Path}: their characters in one array, joined as HanLP joins them. */
    private static final class VertexPath implements CustomWords.Path {
        final Vertex[] words;
        /** Where each word starts in {@link #chars}; the entry after the last word is where it ends. */
        final int[] starts;
        final char[] chars;
        final DoubleArrayTrie<CoreDictionary.Attribute> dat;
        int size;

        VertexPath(List<Vertex> words, DoubleArrayTrie<CoreDictionary.Attribute> dat) {
            this.words = words.toArray(new Vertex[0]);
            this.dat = dat;
            this.size = this.words.length;
            this.starts = new int[size + 1];
            for (int i = 0; i < size; i++) {
                starts[i + 1] = starts[i] + this.words[i].realWord.length();
            }
            this.chars = new char[starts[size]];
            for (int i = 0; i < size; i++) {
                this.words[i].realWord.getChars(0, this.words[i].realWord.length(), chars, starts[i]);
            }
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int start(int i) {
            return starts[i];
        }

        @Override
        public int end(int i) {
            return starts[i + 1];
        }

        /**
         * A vertex keeps the core-dictionary id it was made with unless HanLP gave it a class
         * placeholder (未##数 and the like), and then its word is the placeholder rather than
         * its text. Atoms carry -1 or a placeholder.
         */
        @Override
        public int coreId(int i) {
            Vertex v = words[i];
            return v.wordID >= 0 && v.word.equals(v.realWord) ? v.wordID : -1;
        }

        @Override
        public void joinCompiled(int first, int last, int word) {
            join(first, last, dat.get(word));
        }

        @Override
        public void joinRuntime(int first, int last, CoreDictionary.Attribute value) {
            join(first, last, value);
        }

        /** Segment.combineWords of HanLP portable-1.8.6 (private there), then the words after move down. */
        private void join(int first, int last, CoreDictionary.Attribute value) {
            if (first == last) {
                words[first].attribute = value;
                return;
            }
            String realWord = new String(chars, starts[first], starts[last + 1] - starts[first]);
            words[first] = new Vertex(realWord, realWord, value);
            int removed = last - first;
            System.arraycopy(words, last + 1, words, first + 1, size - last - 1);
            System.arraycopy(starts, last + 1, starts, first + 1, size - last);
            size -= removed;
        }
    }
}
