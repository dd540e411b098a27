package org.parknews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import org.junit.jupiter.api.Test;
import org.parknews.TestPipeline;

/** The walk and the tag share a long per word: remembering one must not change the other. */
class CoreWordDataTest {

    @Test
    void aRememberedWalkComesBackAndTheTagStays() {
        TestPipeline.get(); // HanLP's dictionaries are loaded with the pipeline
        // The last word in the dictionary's order, which no test text holds: other tests may run meanwhile.
        int id = CoreDictionary.trie.size() - 1;
        String tag = CoreWordData.tagOf(id);
        assertNotNull(tag);
        long before = CoreWordData.customWalk(id);
        try {
            long[] walks = {(123_456L << 32) | 2, (5L << 32) | 1, ((1L << 27) - 1) << 32 | ((1L << 21) - 1)};
            for (long walk : walks) {
                CoreWordData.rememberCustomWalk(id, walk);
                assertEquals(walk, CoreWordData.customWalk(id));
                assertEquals(tag, CoreWordData.tagOf(id));
            }
            // A walk wider than the fields is not kept: the last one stays.
            CoreWordData.rememberCustomWalk(id, (1L << 27) << 32 | 2);
            assertEquals(walks[walks.length - 1], CoreWordData.customWalk(id));
        } finally {
            CoreWordData.rememberCustomWalk(id, before); // 0 packs to "not learnt"
            assertEquals(before, CoreWordData.customWalk(id));
        }
    }
}
