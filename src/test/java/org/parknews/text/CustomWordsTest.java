package org.parknews.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import org.junit.jupiter.api.Test;
import org.parknews.TestPipeline;

/** The filter on the words added at run time never hides one, follows additions, and rules out most starts. */
class CustomWordsTest {

    @Test
    void everyWordAddedAtRunTimeMayStartWhereItStands() {
        TestPipeline.get(); // the Segmenter has added the lexicon words
        BinTrie<CoreDictionary.Attribute> trie = CustomDictionary.DEFAULT.trie;
        assertTrue(trie != null && trie.size() > 100, "the lexicons add words at run time");
        for (String word : trie.keySet()) {
            assertTrue(CustomWords.mayStartRuntimeWordAt((word + "。").toCharArray(), 0), word);
            assertTrue(CustomWords.mayStartRuntimeWordAt(("在" + word).toCharArray(), 1), word);
        }
    }

    @Test
    void aWordAddedLaterIsSeen() {
        TestPipeline.get();
        String fresh = "璞琢砚测试谷";
        synchronized (Segmenter.class) {
            CustomDictionary.insert(fresh, "nz 1024");
        }
        try {
            assertTrue(CustomWords.mayStartRuntimeWordAt(fresh.toCharArray(), 0));
        } finally {
            synchronized (Segmenter.class) {
                CustomDictionary.remove(fresh);
            }
        }
    }

    @Test
    void mostStartsInProseAreRuledOut() {
        TestPipeline.get();
        char[] text = "今年前三季度，园区实现规模以上工业总产值同比增长百分之十二，新签约项目四十个，其中外资项目九个。".toCharArray();
        int ruledOut = 0;
        for (int at = 0; at < text.length; at++) {
            ruledOut += CustomWords.mayStartRuntimeWordAt(text, at) ? 0 : 1;
        }
        assertTrue(ruledOut > text.length * 0.7, ruledOut + " of " + text.length);
    }
}
