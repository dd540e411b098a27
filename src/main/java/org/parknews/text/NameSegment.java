package org.parknews.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.seg.common.WordNet;
import java.util.LinkedList;

/**
 * HanLP's Viterbi segmenter with its word net's dictionary words found by the packed core trie
 * ({@link DictionarySegment.Words}) instead of HanLP's double-array searcher: the same words in
 * the same order, with one cache miss a step where the searcher had three, and filters that
 * answer most failing steps from cache. Building the word net was a quarter of the Viterbi
 * route's time. The rest (atoms, the path, the custom-dictionary merge, name recognition) is
 * HanLP's own; NameSegmentTest holds the output to HanLP's stock segmenter.
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
}
