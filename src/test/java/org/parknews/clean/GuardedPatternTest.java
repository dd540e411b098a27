package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.TestPipeline;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;

/** The pre-checks only ever skip a regex that could not have matched. */
class GuardedPatternTest {
    /** Every line rule of the seeds and of the header parser, and constructs the derivation must get right. */
    static Stream<String> regexes() {
        List<String> all = new ArrayList<>();
        for (SeedLine line : RuleSet.load(TestPipeline.SEEDS).file(BoilerplateRules.FILE).lines()) {
            all.add(line.column(1));
        }
        MetaLineParser.GUARDED.forEach(rule -> all.add(rule.regex()));
        all.addAll(List.of("作者\\s*[:：/]\\s*(.+?)", "[a-c]x{2}[a-c]yz", "a(?:bc|d)+e", "(?:ab|c)x|yz", "a?b", "(?:x|y)+z", "[^x]y", "^[（(]?原标题", "(^a)|b", "(?=ab)a", "a{0,2}b|c", "^$", "x*", "𠀀园|a"));
        return all.stream();
    }

    /**
     * Texts stitched from the regex's own characters and words and a few others, so that many
     * match and many fail in every way; the guarded answer must equal the plain one each time.
     */
    @ParameterizedTest
    @MethodSource("regexes")
    void agreesWithTheRegex(String regex) {
        Pattern plain = Pattern.compile(regex);
        GuardedPattern guarded = GuardedPattern.compile(regex);
        List<String> pieces = new ArrayList<>(List.of("园区", "，", "。", " ", ":", "：", "/", "|", "年", "-", "(", "）", "2021", "A"));
        for (String word : regex.split("[^\\p{IsHan}A-Za-z©▲■]+")) {
            if (!word.isEmpty()) {
                pieces.add(word);
                pieces.add(word.substring(0, 1));
            }
        }
        Random random = new Random(regex.hashCode());
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(5); n > 0; n--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = text.toString();
            assertEquals(plain.matcher(t).find(), guarded.find(t), () -> "find in '" + t + "'");
            assertEquals(plain.matcher(t).matches(), guarded.matches(t), () -> "matches '" + t + "'");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", value = {
            "^(首页|当前位置)\\s*[:：>] ~ 当前位置：首页 ~ true",
            "^(首页|当前位置)\\s*[:：>] ~ 园区新闻 当前位置：首页 ~ false",
            "(ICP备|ICP证|公网安备) ~ 湘ICP备05005362号 ~ true",
            "(ICP备|ICP证|公网安备) ~ 园区新增企业46家 ~ false"})
    void skipsTextsThatCannotMatch(String regex, String text, boolean mayFind) {
        assertEquals(mayFind, GuardedPattern.compile(regex).mayFind(text));
        assertTrue(!mayFind || Pattern.compile(regex).matcher(text).find());
    }
}
