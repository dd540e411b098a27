package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityBuilderTest {
    private static final QuantityBuilder BUILDER = new QuantityBuilder(QualifierWords.from(QuantityRules.rules()));
    private static final UnitDef YUAN = new UnitDef("元", "CNY", 1, "money");

    /** The number is written between [ and ]; the row gives qualifier and the outer span. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "投资约[5000元]建设        | null  | approx | 约5000元",
            "投资[5000元]以上          | null  | over   | 5000元以上",
            "不超过[5000元]            | null  | under  | 不超过5000元",
            "投资[5000元]建设          | null  | null   | 5000元",
            "约[5000元]以上            | range | range  | 约5000元以上",
            "高达[5000元]              | null  | null   | 5000元",
    })
    void readsTheWordsAround(String marked, String inner, String qualifier, String outer) {
        int start = marked.indexOf('[');
        int end = marked.indexOf(']') - 1;
        String text = marked.replace("[", "").replace("]", "");
        Quantity q = BUILDER.build(text, start, end, 5000, null, YUAN, inner);
        assertEquals(qualifier, q.qualifier());
        assertEquals(outer, text.substring(q.outerStart(), q.outerEnd()));
        assertEquals("5000元", q.text());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1386267.359799,1386267.3598", "0.1,0.1", "72010000000,72010000000", "33.333333,33.3333"})
    void roundsToFourDecimals(double raw, double rounded) {
        assertEquals(rounded, QuantityBuilder.round(raw), 0);
    }
}
