package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.clean.SentenceSplitter;

/** The period at the place marked # in each body ('/' separates paragraphs). */
class PeriodResolverTest {
    private static final PeriodResolver RESOLVER = PeriodResolver.from(QuantityRules.rules());

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2013年,园区实现收入#。                         | 2014-03-06 | 2013",
            "园区2013年全年实现收入#。                      | 2014-03-06 | 2013",
            "去年,园区实现收入#。                           | 2014-03-06 | 2013",
            "今年,园区力争实现收入#。                       | 2014-03-06 | 2014",
            "明年将建成#。                                  | 2014-03-06 | 2015",
            "今年前10个月,园区引进项目#。                   | 2017-11-20 | 2017-01..2017-10",
            "今年1-8月,园区引进项目#。                      | 2017-09-20 | 2017-01..2017-08",
            "截至10月底,累计引资#。                         | 2017-11-20 | 2017-01..2017-10",
            "今年上半年,营收#。                             | 2017-08-01 | 2017-01..2017-06",
            "2016年营收36亿元,而今年上半年达到#。           | 2017-08-01 | 2017-01..2017-06",
            "2016年3月18日,签约项目#。                      | 2016-04-01 | 2016-03-18",
            "10月9日上午,他只用了#。                        | 2017-10-20 | 2017-10-09",
            "加速器于去年8月30日开工建设,首批#企业入驻。    | 2014-03-06 | null",
            "截至目前,园区已清理企业#。                     | 2014-03-06 | null",
            "2013年,公司推出新产品8项,正在申请#专利。       | 2014-03-06 | null",
            "2013年,公司推出新产品8项;公司税收增长#。       | 2014-03-06 | 2013",
            "2013年,园区营收增长30%。/园区现有企业#。       | 2014-03-06 | null",
            "到2020年,目标如下:/研发投入占比达到#;         | 2018-01-01 | 2020",
            "到2020年,比重达到40%;/财政收入增长#;          | 2018-01-01 | 2020",
            "2014年园区将继续发展。/此外,确保全年引进#。    | 2014-03-03 | 2014",
            "园区实现收入#。                                | 2014-03-06 | null",
            "今年园区实现收入#。                            | null       | null",
            "2017年6月出台政策。2016年营收36亿元,而今年收入#。 | null   | 2017",
            "到2020年营收翻番。今年收入#。                  | null       | null",
            "12月28日,道路开通,总投资#。                    | 2022-01-15 | 2021-12-28",
            "确保今年一季度开工率达到60%以上,全年完成投资#。 | 2020-03-02 | 2020",
            "今年前10个月引资7亿元,完成全年任务目标的#。     | 2017-11-20 | 2017-01..2017-10",
            "1月10日,道路开通,总投资#。                     | 2022-01-15 | 2022-01-10",
    })
    void resolves(String body, String published, String expected) {
        String text = body.replace('/', '\n');
        int at = text.indexOf('#');
        PeriodResolver.Timeline timeline = RESOLVER.timeline(text, new SentenceSplitter().split(text), published);
        assertEquals(expected, timeline.periodAt(at));
    }
}
