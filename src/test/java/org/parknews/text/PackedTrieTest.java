package org.parknews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.TestPipeline;

/** Walking the packed copy gives HanLP's own states and words, from every start of a text. */
class PackedTrieTest {
    private static final String TEXT = "长沙经济技术开发区管委会主任王建国介绍，2023年园区实现规模工业总产值2156.3亿元，"
            + "新引进中国电子科技集团有限公司等项目37个；ABC-12型号生产线投产，同比增长15.4%。";

    static Stream<Arguments> tries() {
        TestPipeline.get(); // HanLP's dictionaries are loaded with the pipeline
        return Stream.of(Arguments.of("core", CoreDictionary.trie), Arguments.of("custom", CustomDictionary.DEFAULT.dat));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tries")
    void everyWalkMatchesHanLP(String name, DoubleArrayTrie<CoreDictionary.Attribute> trie) {
        PackedTrie packed = new PackedTrie(trie);
        int steps = 0;
        for (int begin = 0; begin < TEXT.length(); begin++) {
            int state = trie.getBase()[0];
            assertEquals(state, packed.root());
            for (int i = begin; i < TEXT.length(); i++) {
                int expected = trie.transition(TEXT.charAt(i), state);
                int slot = packed.slot(TEXT.charAt(i), state);
                if (expected < 0) {
                    assertEquals(-1, slot, name + " at " + begin + ".." + i);
                    break;
                }
                assertEquals(expected, packed.target(slot), name + " at " + begin + ".." + i);
                CoreDictionary.Attribute word = trie.output(expected);
                assertEquals(word, packed.word(slot) < 0 ? null : trie.get(packed.word(slot)), name + " at " + begin + ".." + i);
                state = expected;
                steps++;
            }
        }
        assertTrue(steps > TEXT.length(), "the text walks beyond single characters");
    }

    /**
     * The pair filter never rules out a pair that HanLP's trie can walk, nor a character that is
     * a word alone, for every pair of characters in the text and in the range of common Han
     * characters; and it does rule out most pairs.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tries")
    void pairFilterKeepsEveryWordStart(String name, DoubleArrayTrie<CoreDictionary.Attribute> trie) {
        PackedTrie packed = new PackedTrie(trie);
        int root = trie.getBase()[0];
        int ruledOut = 0;
        int asked = 0;
        StringBuilder firsts = new StringBuilder(TEXT);
        for (char c = 0x4e00; c < 0x4e00 + 300; c++) {
            firsts.append(c);
        }
        for (int a = 0; a < firsts.length(); a++) {
            char first = firsts.charAt(a);
            int state = trie.transition(first, root);
            if (state < 0) {
                continue;
            }
            if (trie.output(state) != null) {
                assertTrue(packed.mayHaveWordsStarting(first, org.parknews.rules.WordStartFilter.WORD_END), name + ": " + first + " is a word");
            }
            for (int b = 0; b < firsts.length(); b++) {
                char second = firsts.charAt(b);
                boolean walks = trie.transition(second, state) >= 0;
                boolean may = packed.mayHaveWordsStarting(first, second);
                assertTrue(!walks || may, name + ": " + first + second + " starts words");
                asked++;
                ruledOut += may ? 0 : 1;
            }
        }
        assertTrue(ruledOut > asked / 2, name + " rules out " + ruledOut + " of " + asked);
    }

    /**
     * The transition filter never rules out a step HanLP's trie can take, from every state a
     * walk over the text reaches and on every character of the text and of the common Han
     * range; and it rules out most steps that fail, or it would save nothing.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tries")
    void transitionFilterKeepsEveryStep(String name, DoubleArrayTrie<CoreDictionary.Attribute> trie) {
        PackedTrie packed = new PackedTrie(trie);
        java.util.Set<Integer> states = new java.util.TreeSet<>();
        for (int begin = 0; begin < TEXT.length(); begin++) {
            for (int i = begin, state = packed.root(); i < TEXT.length() && state >= 0; i++) {
                states.add(state);
                state = trie.transition(TEXT.charAt(i), state);
            }
        }
        StringBuilder chars = new StringBuilder(TEXT);
        for (char c = 0x4e00; c < 0x4e00 + 300; c++) {
            chars.append(c);
        }
        int failing = 0;
        int ruledOut = 0;
        for (int state : states) {
            for (int k = 0; k < chars.length(); k++) {
                char c = chars.charAt(k);
                boolean walks = trie.transition(c, state) >= 0;
                boolean may = packed.mayHaveTransition(state, c);
                assertTrue(!walks || may, name + ": step on " + c + " from " + state);
                assertEquals(walks ? packed.slot(c, state) : -1, packed.slotIfAny(c, state));
                if (!walks) {
                    failing++;
                    ruledOut += may ? 0 : 1;
                }
            }
        }
        assertTrue(states.size() > TEXT.length(), "the walks reach states beyond the root's children");
        assertTrue(ruledOut > failing * 0.8, name + " rules out " + ruledOut + " of " + failing);
    }
}
