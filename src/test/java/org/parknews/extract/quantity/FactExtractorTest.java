package org.parknews.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.eval.MetricMatch;
import org.parknews.extract.Fact;

/**
 * Facts from sentences written for this test (not from the samples), in the genre's usual
 * phrasing: metric judged as the gold scorer judges it, period exactly. '/' separates paragraphs.
 */
class FactExtractorTest {

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // body | published | fact text | metric | period
            "2020年,开发区实现地区生产总值386.5亿元,同比增长8.2%。 | 2021-02-01 | 386.5亿元 | 地区生产总值 | 2020",
            "2020年,开发区实现地区生产总值386.5亿元,同比增长8.2%。 | 2021-02-01 | 8.2% | 地区生产总值同比增长 | 2020",
            "去年,园区完成固定资产投资52亿元。 | 2019-05-10 | 52亿元 | 固定资产投资 | 2018",
            "今年1-6月,全区新注册企业312家,比上年同期多41家。 | 2022-07-15 | 312家 | 新注册企业 | 2022-01..2022-06",
            "今年前三季度,高新区规模以上工业增加值增长12.4%。 | 2020-10-20 | 12.4% | 规模以上工业增加值增长 | 2020-01..2020-09",
            "截至6月底,产业园累计引进项目46个,总投资超过120亿元。 | 2023-07-02 | 46个 | 引进项目 | 2023-01..2023-06",
            "截至6月底,产业园累计引进项目46个,总投资超过120亿元。 | 2023-07-02 | 120亿元 | 总投资 | 2023-01..2023-06",
            "园区已建成标准厂房28万平方米,入驻企业67家。 | 2018-03-01 | 28万平方米 | 标准厂房 | null",
            "园区已建成标准厂房28万平方米,入驻企业67家。 | 2018-03-01 | 67家 | 入驻企业 | null",
            "新区共有126家高新技术企业和43家上市公司。 | 2017-09-09 | 126家 | 高新技术企业 | null",
            "新区共有126家高新技术企业和43家上市公司。 | 2017-09-09 | 43家 | 上市公司 | null",
            "2016年3月18日,签约仪式上共有17个项目集中签约。 | 2016-03-20 | 17个 | 项目 | 2016-03-18",
            "项目于去年5月12日开工,目前已完成投资3.2亿元。 | 2021-01-10 | 3.2亿元 | 完成投资 | null",
            "2019年全区财政收入达到23亿元。/今年,全区财政收入预计突破28亿元。 | 2020-04-01 | 28亿元 | 财政收入 | 2020",
            "2019年全区财政收入达到23亿元。/今年,全区财政收入预计突破28亿元。 | 2020-04-01 | 23亿元 | 财政收入 | 2019",
            "2015年,园区税收收入9.6亿元。/目前园区共有员工1.2万人。 | 2016-01-05 | 1.2万人 | 员工 | null",
            "到2025年,力争实现主营业务收入1000亿元以上;/引进高层次人才200名以上。 | 2021-05-05 | 200名 | 高层次人才 | 2025",
            "该企业年产值约3亿元,带动就业600余人。 | 2015-06-06 | 600余人 | 带动就业 | null",
            "该企业年产值约3亿元,带动就业600余人。 | 2015-06-06 | 3亿元 | 年产值 | null",
            "企业研发投入占销售收入的比重达到5.6%。 | 2018-08-08 | 5.6% | 比重 | null",
            "全年实现出口交货值18.7亿元,增幅居全市第一。 | 2019-01-20 | 18.7亿元 | 出口交货值 | null",
            "今年上半年,园区实现营业收入214亿元;下半年力争再增加30%。 | 2021-08-01 | 214亿元 | 营业收入 | 2021-01..2021-06",
            "今年1-5月,园区实际使用外资4.3亿美元,同比增长21.5%。 | 2021-06-09 | 21.5% | 实际使用外资同比增长 | 2021-01..2021-05",
            "力争到2025年,研发投入占销售收入比重提高到3.5%。 | 2021-06-09 | 3.5% | 研发投入占销售收入比重 | 2025",
            "去年园区税收首次突破百亿元,达到103.5亿元。 | 2019-10-28 | 103.5亿元 | 园区税收 | 2018",
            "今年计划新增标准厂房50万平方米,目前已完成38万平方米。 | 2019-10-28 | 38万平方米 | 标准厂房 | null",
            "比去年缩短了2天。 | 2019-10-28 | 2天 | 缩短 | null",
            "每年安排2亿元人才发展专项资金。 | 2019-10-28 | 2亿元 | 人才发展专项资金 | null",
            "力争用三年时间培育5个百亿级企业。 | 2020-03-02 | 5个 | 百亿级企业 | null",
            "引进“双一流”高校2所、新型研发机构15家。 | 2020-03-02 | 2所 | 高校 | null",
            "规划用地约800亩,可新增就业岗位2000-3000个。 | 2019-10-28 | 2000-3000个 | 新增就业岗位 | null",
    })
    void extractsMetricAndPeriod(String body, String published, String text, String metric, String period) {
        List<Fact> facts = QuantityRules.facts(body.replace('/', '\n'), published);
        Fact f = facts.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not a fact in " + body + ": "
                        + facts.stream().map(Fact::text).collect(Collectors.joining(", "))));
        assertTrue(MetricMatch.matches(f.metric(), metric), () -> "metric " + f.metric() + ", expected " + metric);
        assertEquals(period, f.period());
    }

    /** Everything a reader would not count as a fact leaves no fact behind. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2014年10月9日上午9:30,第一届论坛在园区开幕。 | ''",
            "园区坚持一站式服务,落实“三个三”战役。 | ''",
            "十年来,园区形成了六大产业集群。 | ''",
            "咨询电话:0731-58581234,湘ICP备12003456号。 | ''",
            "该区跻身世界500强投资目的地,实施1+3方案。 | ''",
            "园区3家企业入选,其中1家获一等奖。 | 3家;1家",
    })
    void leavesNoFactBehind(String body, String expected) {
        String found = QuantityRules.facts(body, "2015-01-01").stream().map(Fact::text).collect(Collectors.joining(";"));
        assertEquals(expected, found);
    }

    /**
     * The park a fact is about: the last one named before it in its sentence, else one named
     * after it in the sentence, else the last one before it in its paragraph, else the park the
     * article names most. '/' separates paragraphs.
     */
    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', value = {
            "甲高新区和乙经开区去年实现营业收入52亿元。 | 乙经开区,甲高新区 | 52亿元 | 乙经开区",
            "去年实现营业收入52亿元的丙工业园,今年再次扩区。 | 丙工业园 | 52亿元 | 丙工业园",
            "甲高新区位于城东。去年实现营业收入52亿元。 | 甲高新区 | 52亿元 | 甲高新区",
            "甲高新区位于城东。今年乙经开区挂牌。/去年实现营业收入52亿元。 | 甲高新区,乙经开区 | 52亿元 | 甲高新区",
            "乙经开区挂牌。/甲高新区位于城东。甲高新区环境优美。/去年实现营业收入52亿元。 | 甲高新区,乙经开区 | 52亿元 | 甲高新区",
            "甲高新区位于城东。去年实现营业收入52亿元,新增企业46家的乙经开区紧随其后。 | 甲高新区,乙经开区 | 52亿元 | 乙经开区",
            "甲高新区位于城东。乙经开区在城西,去年实现营业收入52亿元。 | 甲高新区,乙经开区 | 52亿元 | 乙经开区",
    })
    void namesTheParkAFactIsAbout(String body, String parks, String text, String subject) {
        List<Fact> facts = QuantityRules.facts(body.replace('/', '\n'), "2021-02-01", List.of(parks.split(",")));
        Fact f = facts.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not a fact in " + body));
        assertEquals(subject, f.subject());
    }
}
