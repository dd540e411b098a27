package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The match-text fold: one UTF-16 unit in, one out, so offsets never move. */
class MatchTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "技工贸总收入７２０．１亿元|技工贸总收入720.1亿元",
        "增长４３．６％|增长43.6%",
        "ＰＣＴ专利１项|PCT专利1项",
        "湘潭高新區管委會主任|湘潭高新区管委会主任",
        "衢州綠色產業集聚區|衢州绿色产业集聚区",
        "開發區內企業達１２０家|开发区内企业达120家",
        "简体文字不变|简体文字不变",
        "「三清」工作『重點』|“三清”工作‘重点’",
    })
    void foldsFullWidthAndTraditionalCharacters(String body, String expected) {
        String folded = MatchText.of(body);
        assertEquals(expected, folded);
        assertEquals(body.length(), folded.length(), "the fold must keep every offset");
    }

    /** Names are simplified and nothing else: full-width forms stay, traditional characters anywhere in the text change. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "新竹科學園區|新竹科学园区",
        "園區|园区",
        "苏州工业园區|苏州工业园区",
        "ＰＣＴ專利|ＰＣＴ专利",
        "简体文字不变|简体文字不变",
    })
    void simplifiesTraditionalCharactersOnly(String text, String expected) {
        assertEquals(expected, MatchText.simplified(text));
        assertEquals(text.equals(expected), MatchText.isSimplified(text, 0, text.length()));
    }

    @org.junit.jupiter.api.Test
    void simplifiedTextIsGivenBackAsItIsAndRangesAreCheckedAlone() {
        String simplified = "湘潭高新区管委会";
        assertSame(simplified, MatchText.simplified(simplified));
        String mixed = "湘潭高新區管委会";
        assertEquals(true, MatchText.isSimplified(mixed, 0, 4));
        assertEquals(false, MatchText.isSimplified(mixed, 4, 5));
        assertEquals(true, MatchText.isSimplified(mixed, 5, mixed.length()));
    }
}
