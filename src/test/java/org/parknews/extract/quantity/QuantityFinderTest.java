package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number grammar: one row per written form; columns are the first quantity found in the line. */
class QuantityFinderTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // line                          | text              | value          | value_max   | unit   | qualifier
            "合同引资2593406万元               | 2593406万元        | 25934060000    | null        | CNY    | null",
            "合同金额2,593,406元               | 2,593,406元        | 2593406        | null        | CNY    | null",
            "收入８２，２２５．００元           | ８２，２２５．００元  | 82225          | null        | CNY    | null",
            "入驻１２０家企业                  | １２０家            | 120            | null        | 家     | null",
            "完成一百二十三家                  | 一百二十三家         | 123            | null        | 家     | null",
            "投资两千万元                      | 两千万元            | 20000000       | null        | CNY    | null",
            "规模达二十万亿元                  | 二十万亿元          | 20000000000000 | null        | CNY    | null",
            "捐款壹佰万元                      | 壹佰万元            | 1000000        | null        | CNY    | null",
            "授信1.6亿元                       | 1.6亿元             | 160000000      | null        | CNY    | null",
            "吸纳3万4000人就业                 | 3万4000人           | 34000          | null        | 人     | null",
            "设立5个多亿引导资金               | 5个多亿             | 500000000      | null        | CNY    | over",
            "筹集100万三千元                   | 100万三千元         | 1003000        | null        | CNY    | null",
            "审批提速三分之一                  | 三分之一            | 33.33          | null        | %      | null",
            "占比百分之十五                    | 百分之十五          | 15             | null        | %      | null",
            "增长百分之一百二十点五            | 百分之一百二十点五   | 120.5          | null        | %      | null",
            "用时半年                          | 半年               | 0.5            | null        | year   | null",
            "只用了半个小时                    | 半个小时            | 0.5            | null        | hour   | null",
            "工期一年半                        | 一年半             | 1.5            | null        | year   | null",
            "建成1700余套安置房                | 1700余套           | 1700           | null        | 套     | over",
            "兑现奖励190余万元                 | 190余万元          | 1900000        | null        | CNY    | over",
            "引进30多家企业                    | 30多家             | 30             | null        | 家     | over",
            "走访十几家企业                    | 十几家             | 10             | null        | 家     | over",
            "投资约5000万元                    | 5000万元           | 50000000       | null        | CNY    | approx",
            "员工近300人                       | 300人              | 300            | null        | 人     | approx",
            "客流500人左右                     | 500人              | 500            | null        | 人     | approx",
            "增速超过40%                       | 40%                | 40             | null        | %      | over",
            "引进企业50家以上                  | 50家               | 50             | null        | 家     | over",
            "降幅10%以下                       | 10%                | 10             | null        | %      | under",
            "耗时不到半个小时                  | 半个小时            | 0.5            | null        | hour   | under",
            "每年不少于5000万元                | 5000万元           | 50000000       | null        | CNY    | over",
            "至少3家银行                       | 3家                | 3              | null        | 家     | over",
            "入住不超过15个月                  | 15个月             | 15             | null        | month  | under",
            "合作单位逾百家                    | 百家               | 100            | null        | 家     | over",
            "融资千万元以上                    | 千万元             | 10000000       | null        | CNY    | over",
            "引进亿元以上项目                  | 亿元               | 100000000      | null        | CNY    | over",
            "新增1-2家孵化器                   | 1-2家              | 1              | 2           | 家     | range",
            "投资6-8亿元                       | 6-8亿元            | 600000000      | 800000000   | CNY    | range",
            "规模200亿～300亿元                | 200亿～300亿元      | 20000000000    | 30000000000 | CNY    | range",
            "带动两到三万人                    | 两到三万人          | 20000          | 30000       | 人     | range",
            "取值20~100                        | 20~100             | 20             | 100         | null   | range",
            "日处理6200t/d                     | 6200t/d            | 6200           | null        | t/d    | null",
            "产能10万吨/年                     | 10万吨/年           | 100000         | null        | t/year | null",
            "储量2000万吨                      | 2000万吨           | 20000000       | null        | t      | null",
            "装机12万千瓦                      | 12万千瓦           | 120000         | null        | kW     | null",
            "装机50MW                          | 50MW               | 50000          | null        | kW     | null",
            "融资6亿美元                       | 6亿美元            | 600000000      | null        | USD    | null",
            "办结时限5个工作日                 | 5个工作日           | 5              | null        | workday| null",
            "占地2079.4亩                      | 2079.4亩           | 1386267.3598   | null        | m2     | null",
            "建成13.4万平米                    | 13.4万平米          | 134000         | null        | m2     | null",
            "规划面积18平方公里                | 18平方公里          | 18000000       | null        | m2     | null",
            "提高2.5个百分点                   | 2.5个百分点         | 2.5            | null        | pp     | null",
            "双马、板塘两个街道办事处          | 两个               | 2              | null        | 个     | null",
            "共有2593406人                     | 2593406人          | 2593406        | null        | 人     | null",
            "价格3500元/平方米                 | 3500元/平方米       | 3500           | null        | CNY/m2 | null",
            "增长3倍                           | 3倍                | 3              | null        | 倍     | null",
            "剩余30日内办结                    | 30日               | 30             | null        | day    | under",
            "一共42                            | 42                 | 42             | null        | null   | null",
            "千分之五                          | 千分之五            | 0.5            | null        | %      | null",
            "七成以上企业                      | 七成               | 70             | null        | %      | over",
            "百分之百完成                      | 百分之百            | 100            | null        | %      | null",
            "年产量三千五百吨                  | 三千五百吨          | 3500           | null        | t      | null",
            "成本下降-2.3%                     | -2.3%              | -2.3           | null        | %      | null",
            "低温负五                          | 负五               | -5             | null        | null   | null",
            "排放5‰                            | 5‰                 | 0.5            | null        | %      | null",
            "来了十五六个人                    | 十五六个            | 15             | 16          | 个     | range",
            "七八十家企业                      | 七八十家            | 70             | 80          | 家     | range",
            "约五六百人                        | 五六百人            | 500            | 600         | 人     | range",
            "投入二三十万元                    | 二三十万元          | 200000         | 300000      | CNY    | range",
            "两千零一十八                      | 两千零一十八        | 2018           | null        | null   | null",
            "一千二百三十四万五千六百七十八    | 一千二百三十四万五千六百七十八 | 12345678 | null | null | null",
            "产值1.2万亿元                     | 1.2万亿元           | 1200000000000  | null        | CNY    | null",
    })
    void readsTheFirstQuantity(String line, String text, double value, Double valueMax, String unit, String qualifier) {
        List<Quantity> found = QuantityRules.find(line);
        assertTrue(!found.isEmpty(), "nothing found in " + line);
        Quantity q = found.get(0);
        assertEquals(text, line.substring(q.start(), q.end()));
        assertEquals(value, q.value(), 1e-3);
        if (valueMax == null) {
            assertEquals(null, q.valueMax());
        } else {
            assertEquals(valueMax, q.valueMax(), 1e-3);
        }
        assertEquals(unit, q.unit());
        assertEquals(qualifier, q.qualifier());
    }

    /** Dates, times, codes and list markers hold digits but no quantity. */
    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', value = {
            "2013年10月9日上午8:00开幕                 | ''",
            "开放时间800-1000                          | ''",
            "每周一晚上800-1000接待来访                 | ''",
            "10月9日举行                               | ''",
            "截至9日                                   | ''",
            "2013年全年                                | ''",
            "2013-2015年规划                           | ''",
            "发布于2021-06-09                          | ''",
            "联系电话0731-58581234                     | ''",
            "湘ICP备12003456号                         | ''",
            "京公网安备11010502035964号                 | ''",
            "手机13912345678                           | ''",
            "版本v2.3.1发布                            | ''",
            "一、总体要求                              | ''",
            "（三）保障措施                            | ''",
            "今年6月建成                               | ''",
            "G20峰会                                   | ''",
            "8:00，800-1000开放                        | ''",
            "共有3家和5个                              | 3家;5个",
            "十八大以来                                | 十八",
            "2014年投资3亿元                           | 3亿元",
            "唯一一个园区                              | 一个",
            "三家成立联盟                              | 三家",
            "两万三千元                                | 两万三千元",
    })
    void skipsWhatIsNoQuantity(String line, String expected) {
        String found = QuantityRules.find(line).stream().map(q -> line.substring(q.start(), q.end()))
                .collect(Collectors.joining(";"));
        assertEquals(expected, found);
    }
}
