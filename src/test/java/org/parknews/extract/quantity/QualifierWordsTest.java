package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualifierWordsTest {
    private static final QualifierWords WORDS = QualifierWords.from(QuantityRules.rules());

    /** The text is split at | into what stands before the number and what follows it. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "约|;approx",
            "大约|;approx",
            "超过|;over",
            "不超过|;under",
            "不少于|;over",
            "至少|;over",
            "不到|;under",
            "逾|;over",
            "近 |;approx",
            "|以上;over",
            "|以下;under",
            "|左右;approx",
            "高达|;null",
            "|的;null",
    })
    void readsTheWordAroundANumber(String around, String expected) {
        String[] parts = around.split("\\|", -1);
        String text = parts[0] + parts[1];
        String found = WORDS.before(text, parts[0].length()).map(QualifierWords.Word::qualifier)
                .orElse(WORDS.after(text, parts[0].length()).map(QualifierWords.Word::qualifier).orElse(null));
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "inner {0}: {1}")
    @CsvSource({"余套,over", "多家,over", "几个,over"})
    void readsTheWordInsideANumber(String after, String expected) {
        assertEquals(expected, WORDS.inner(after, 0).orElseThrow().qualifier());
    }
}
