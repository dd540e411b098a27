package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricWordsTest {
    private static final MetricWords WORDS = MetricWords.from(QuantityRules.rules());

    @ParameterizedTest(name = "{0} ends with a head word: {1}")
    @CsvSource({"总规划面积,true", "授信额度,true", "技工贸总收入,true", "小区绿化率,true", "企业获得,false", "每年设立,false"})
    void knowsHeadWords(String phrase, boolean expected) {
        assertEquals(expected, WORDS.endsWithHead(phrase));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"达到,stop", "累计,stop", "增长,change", "增幅,change", "同比,basis", "年均,basis", "数字,anaphor",
            "收入,none"})
    void knowsRoles(String word, String role) {
        String found = WORDS.isStop(word) ? "stop" : WORDS.isChange(word) ? "change" : WORDS.isBasis(word) ? "basis"
                : WORDS.isAnaphor(word) ? "anaphor" : "none";
        assertEquals(role, found);
    }

    /** Every head with text before it, and random phrases, get what testing every ending gives. */
    @org.junit.jupiter.api.Test
    void endsWithHeadIsTestingEveryEnding() {
        java.util.List<String> heads = QuantityRules.rules().file(MetricWords.HEADS_FILE).entries();
        java.util.Set<String> set = new java.util.HashSet<>(heads);
        java.util.Random random = new java.util.Random(3);
        String filler = "园区全年实现总收入面积企业项目增长的了和";
        int yes = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int k = random.nextInt(5); k > 0; k--) {
                phrase.append(filler.charAt(random.nextInt(filler.length())));
            }
            if (random.nextBoolean()) {
                phrase.append(heads.get(random.nextInt(heads.size())));
            }
            String p = phrase.toString();
            boolean expected = false;
            for (int at = 0; at < p.length(); at++) {
                expected |= set.contains(p.substring(at));
            }
            assertEquals(expected, WORDS.endsWithHead(p), p);
            yes += expected ? 1 : 0;
        }
        assertEquals(true, yes > 5_000, "phrases ending with a head: " + yes);
    }
}
