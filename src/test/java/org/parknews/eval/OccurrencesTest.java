package org.parknews.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OccurrencesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "园区新增企业12家,其中高新企业3家 | 企业 | 4-6 14-16",
            "甲乙甲乙甲 | 甲乙 | 0-2 2-4",
            "𠀀湘潭高新区 | 高新区 | 3-6",
            "湘潭高新区 | 长沙 | ''",
    })
    void everyOccurrenceInCodePoints(String body, String text, String expected) {
        String spans = Occurrences.all(body, text).stream().map(m -> m.start() + "-" + m.end())
                .collect(Collectors.joining(" "));
        assertEquals(expected, spans);
    }

    /** Gold facts come in reading order: the search starts after the previous one and wraps when nothing follows. */
    @ParameterizedTest
    @CsvSource({
            "两个街道和两个社区, 两个, 0, 0",
            "两个街道和两个社区, 两个, 1, 5",
            "两个街道和两个社区, 两个, 6, 0",
            "两个街道和两个社区, 三个, 0, -1",
    })
    void firstFromAfterTheCursor(String body, String text, int from, int expected) {
        assertEquals(expected, Occurrences.firstFrom(body, text, from));
    }
}
