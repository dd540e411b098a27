package org.parknews.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {
    private static final List<String> WORDS = List.of("园", "园区", "工业园", "工业园区", "区", "高新区", "书记", "委书记",
            "党委书记", "A股", "\uD840\uDC00村");
    private static final Lexicon<String> LEXICON = Lexicon.ofWords(WORDS);
    private static final String TEXT = "苏州工业园区党委书记";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "苏州工业园区党委书记; 2-6:工业园区 2-5:工业园 4-6:园区 4-5:园 5-6:区 6-10:党委书记 7-10:委书记 8-10:书记",
        "高新区A股; 0-3:高新区 2-3:区 3-5:A股",
        "新园区书; 1-3:园区 1-2:园 2-3:区",
        "上市; ''",
    })
    void findsEveryOccurrenceByStartThenLongestFirst(String text, String expected) {
        assertEquals(expected, render(LEXICON.findAll(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "苏州工业园区党委书记; 2-6:工业园区 6-10:党委书记",
        "园园区区; 0-1:园 1-3:园区 3-4:区",
        "委书记书; 0-3:委书记",
    })
    void findsLeftmostLongestWithoutOverlap(String text, String expected) {
        assertEquals(expected, render(LEXICON.findLongest(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "4; 10; 4-6:园区",
        "4; 5; 4-5:园",
        "2; 5; 2-5:工业园",
        "0; 10; ''",
        "6; 6; ''",
    })
    void findsTheLongestEntryStartingAtAnOffset(int start, int limit, String expected) {
        assertEquals(expected, render(listOf(LEXICON.longestAt(TEXT, start, limit))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0; 10; 6-10:党委书记",
        "7; 10; 7-10:委书记",
        "-3; 6; 2-6:工业园区",
        "3; 6; 4-6:园区",
        "0; 9; ''",
    })
    void findsTheLongestEntryEndingAtAnOffset(int from, int end, String expected) {
        assertEquals(expected, render(listOf(LEXICON.longestEndingAt(TEXT, from, end))));
    }

    /** The trie walk finds what testing every substring against the word list finds. */
    @ParameterizedTest
    @ValueSource(strings = {"苏州工业园区党委书记", "园区区园工业园区区委书记书记", "\uD840\uDC00村A股A", "书"})
    void agreesWithCheckingEverySubstring(String text) {
        List<Lexicon.Match<String>> expected = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 1; end <= text.length(); end++) {
                String s = text.substring(start, end);
                if (WORDS.contains(s)) {
                    expected.add(new Lexicon.Match<>(start, end, s, s));
                }
            }
        }
        expected.sort(Comparator.<Lexicon.Match<String>>comparingInt(Lexicon.Match::start)
                .thenComparing(m -> m.start() - m.end()));
        assertEquals(expected, LEXICON.findAll(text));
    }

    /** Starts whose next character begins no word are passed over: 园林 and 书法 start nothing. */
    @org.junit.jupiter.api.Test
    void nextStartPassesOverFirstCharactersWhosePairStartsNoWord() {
        WordTrie trie = new WordTrie(List.of("园区", "书记", "区"));
        assertEquals(4, trie.nextStart("园林书法书记", 0));
        assertEquals(0, trie.nextStart("园区", 0));
        assertEquals(2, trie.nextStart("园林区", 0));
        assertEquals(3, trie.nextStart("园林书", 0));
    }

    /** On random text over the words' characters, every start the walk could take is kept. */
    @org.junit.jupiter.api.Test
    void findAllAgreesWithSubstringsOnRandomText() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "苏州工业园区党委书记村股高新技术开发经济A1";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(14); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            agreesWithCheckingEverySubstring(text.toString());
            assertEquals(leftmostLongest(text.toString()), LEXICON.findLongest(text.toString()), text.toString());
        }
    }

    private static List<Lexicon.Match<String>> leftmostLongest(String text) {
        List<Lexicon.Match<String>> out = new ArrayList<>();
        for (int start = 0; start < text.length();) {
            int end = -1;
            for (int e = start + 1; e <= text.length(); e++) {
                if (WORDS.contains(text.substring(start, e))) {
                    end = e;
                }
            }
            if (end < 0) {
                start++;
            } else {
                String word = text.substring(start, end);
                out.add(new Lexicon.Match<>(start, end, word, word));
                start = end;
            }
        }
        return out;
    }

    private static List<Lexicon.Match<String>> listOf(Lexicon.Match<String> m) {
        return m == null ? List.of() : List.of(m);
    }

    private static String render(List<Lexicon.Match<String>> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end() + ":" + m.key()).collect(Collectors.joining(" "));
    }
}
