package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.clean.MatchText;

/** Which recognised quantities are facts (gold-format.md): one row per context. */
class FactFilterTest {
    private static final FactFilter FILTER = FactFilter.from(QuantityRules.rules());

    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "园区新增企业15家                     | 15家     | true",
            "双马、板塘两个街道办事处             | 两个     | true",
            "开园仅2年时间                        | 2年      | true",
            "平均每4天就有一家企业入驻            | 4天      | true",
            "不超过15个月                         | 15个月   | true",
            "第一层次人才                         | 一层     | false",
            "第二、三层次人才                     | 三层     | false",
            "成为第一家上市企业                   | 一家     | false",
            "提供一站式服务和一个窗口             | 一个     | false",
            "一个项目、一名领导                   | 一名     | false",
            "25年来园区稳步发展                   | 25年     | false",
            "一年来成效显著                       | 一年     | false",
            "今年前10个月                         | 10个月   | false",
            "二十五年的发展历程                   | 二十五年 | false",
            "未来五年将建成                       | 五年     | false",
            "打造百亿元级项目2个                  | 百亿元   | false",
            "二期拓展至30平方公里                 | 二期     | false",
            "举办了三期培训班                     | 三期     | true",
            "近三年,园区引进项目                  | 三年     | false",
            "审批耗时近3个月                      | 3个月    | true",
            "5个工作日内办结                      | 5个工作日 | true",
            "在25周年新起点上                     | 25周年   | false",
            "跻身世界500强                        | 500      | false",
            "营收保持两位数增长                   | 两位     | false",
            "两位院士受聘为导师                   | 两位     | true",
            "实施“5523”工程                      | 5523     | false",
            "落实“三个三”战役                    | 三个     | false",
            "入选省1000人计划                     | 1000人   | false",
            "贯彻三个代表重要思想                 | 三个     | false",
            "落实“四换三名两化融合”              | 三名     | false",
            "合作双方和三方协议                   | 三方     | false",
            "实施三年行动计划                     | 三年     | false",
            "形成1+3个方案                        | 3个      | false",
    })
    void decides(String line, String quantityText, boolean fact) {
        String text = MatchText.of(line);
        List<Quantity> found = QuantityRules.finder().find(text);
        Quantity q = found.stream().filter(x -> line.substring(x.start(), x.end()).equals(quantityText)).findFirst()
                .orElseThrow(() -> new AssertionError(quantityText + " not recognised in " + line + ": " + found));
        assertEquals(fact, FILTER.isFact(q, text), () -> "rule: " + FILTER.rejectedBy(q, text));
    }
}
