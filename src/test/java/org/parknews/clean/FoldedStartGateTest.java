package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parknews.TestPipeline;
import org.parknews.rules.RuleSet;

/** The gate before the site rules closes only on lines that no site rule matches. */
class FoldedStartGateTest {
    private final BoilerplateRules rules = BoilerplateRules.from(RuleSet.load(TestPipeline.SEEDS));

    @Test
    void opensForLinesThatNameTheSiteInAnyScript() {
        assertTrue(rules.siteName("Copyright © 2021 株洲高新区 版权所有").isPresent());
        // Traditional script: 歡 folds to 欢, so the gate must open on it.
        assertTrue(rules.siteName("歡迎訪問長沙經開區官網").isPresent());
    }

    @Test
    void closesOnlyWhereNoRuleMatches() {
        List<String> pieces = List.of("版权所有", "版權所有", "欢迎", "歡迎", "访问", "訪問", "注明来源", "“", "”", "园区网",
                "Copyright", "©", "2021", " ", "，", "。", "！", "ICP", "湘", "高新区", "版", "欢", "来源", ":");
        Random random = new Random(11);
        FoldedStartGate gate = new FoldedStartGate(rulesOfKind());
        int named = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                line.append(pieces.get(random.nextInt(pieces.size())));
            }
            String l = line.toString();
            boolean found = rules.siteName(l).isPresent();
            named += found ? 1 : 0;
            assertTrue(!found || gate.mayPass(l), () -> "gate closed on '" + l + "'");
        }
        assertTrue(named > 500, "too few site lines among the random texts: " + named);
        assertFalse(gate.mayPass("园区新增企业46家，总投资120亿元。"));
    }

    @Test
    void staysOpenWhenARuleNeedsNoWord() {
        FoldedStartGate gate = new FoldedStartGate(List.of(GuardedPattern.compile("版权所有"), GuardedPattern.compile("\\d+")));
        assertTrue(gate.mayPass("园区"));
    }

    private List<GuardedPattern> rulesOfKind() {
        return rules.rulesOf(BoilerplateRules.Kind.SITE);
    }
}
