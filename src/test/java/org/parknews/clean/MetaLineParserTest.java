package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.TestPipeline;
import org.parknews.rules.RuleSet;

class MetaLineParserTest {
    private final MetaLineParser meta = MetaLineParser.from(RuleSet.load(TestPipeline.SEEDS));

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "作者:刘艳    时间:2014-03-06 # true",
            "文/胡乐 另湘峰 # true",
            "供图/株洲高新区 # true",
            "发布时间:2021年12月13日发布人:浏览: # true",
            "2021-06-09 10:30 来源：湖北日报 记者 陈晓峰 通讯员 刘佳 # true",
            "湘中在线 2016-10-25 记者：贺喆 李琛 # true",
            "通讯员 肖红梅 撰稿 # true",
            "来源：中国高新技术产业导报 # true",
            "2017年08月21日 09:32 | 郴州日报 # true",
            "记者从长沙经开区获悉，今年1至10月，园区工程机械产业链实现产值1036亿元。 # false",
            "2013年12月，经国务院批准，衢州高新技术产业园区升级为国家级高新技术产业开发区。 # false",
            "“三清三改三提”成效显著 # false",
            "记者手记 # false",
            "确定年度目标 建成千亿园区 # false",
            "记者王芳 # true",
            "本报记者 纪爱玲 # true",
            // A date label and a date, but an exclamation ends it: prose, whatever the width.
            "时间：2021年5月8日，园区迎来首批客商！ # false",
            "时间：2021年5月8日，园区迎来首批客商! # false",
            "时间：2021年5月8日，园区迎来首批客商 # true"})
    void recognisesHeaderLinesButNotProse(String line, boolean expected) {
        assertEquals(expected, meta.isMetaLine(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "作者:刘艳    时间:2014-03-06 | 刘艳 | 2014-03-06 | null",
            "文/胡乐 另湘峰 | 胡乐,另湘峰 | null | null",
            "供图/株洲高新区 | '' | null | null",
            "文/ 周敏　图/ 李文斌 | 周敏 | null | null",
            "发稿时间：2022-08-15 09:12　来源：常德日报　记者 王芳 李强 | 王芳,李强 | 2022-08-15 | 常德日报",
            "2021-06-09 10:30 来源：湖北日报 记者 陈晓峰 通讯员 刘佳 | 陈晓峰,刘佳 | 2021-06-09 | 湖北日报",
            "2022年12月28日 14:20　来源于：中国高新技术产业导报　作者：吴静、钱程 | 吴静,钱程 | 2022-12-28 | 中国高新技术产业导报",
            "作者：向阳、杨柳青　　发布时间：2018/3/26　　浏览：288次 | 向阳,杨柳青 | 2018-03-26 | null",
            "通讯员 肖红梅 撰稿 | 肖红梅 | null | null",
            "2015年1月8日 星期四　文章来源：本站原创　阅读次数：86 | '' | 2015-01-08 | null",
            "日期：2020-07-15 信息来源：市发改委 | '' | 2020-07-15 | 市发改委",
            "转自：中国高新技术产业导报 | '' | null | 中国高新技术产业导报",
            "2019-09-09 10:20:30　来源: 红网　作者：欧阳晓明　实习生 杜若 | 欧阳晓明,杜若 | 2019-09-09 | 红网"})
    void readsAuthorsDateAndOriginButNeverPhotoCreditsOrSourceText(String line, String authors, String published,
                                                                    String origin) {
        HeaderFields f = meta.parse(line);
        List<String> expected = authors.isEmpty() ? List.of() : Arrays.asList(authors.split(","));
        assertAll(() -> assertEquals(expected, f.authors()), () -> assertEquals(published, f.published()),
                () -> assertEquals(origin, f.origin()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "本报讯（记者 曹阳 通讯员 何小兵）今年1至7月，郴州出口加工区 | 曹阳,何小兵 | 今年1至7月，郴州出口加工区",
            "新华社长沙4月26日电（记者 谭畅 周勉）记者从湖南省科技厅获悉 | 谭畅,周勉 | 记者从湖南省科技厅获悉",
            "红网时刻9月8日讯 9月7日，冷水江经开区 | '' | 9月7日，冷水江经开区",
            "（记者 张华）近日，园区召开大会。 | 张华 | 近日，园区召开大会。"})
    void readsAgencyLeads(String paragraph, String authors, String rest) {
        MetaLineParser.LeadingCredit c = meta.leadingCredit(paragraph).orElseThrow();
        List<String> expected = authors.isEmpty() ? List.of() : Arrays.asList(authors.split(","));
        assertAll(() -> assertEquals(expected, c.authors()), () -> assertEquals(rest, c.rest()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "张三, 李四 | 张三,李四",
            "张三、李四 | 张三,李四",
            "本报记者 王芳 | 王芳",
            "记者 陈晓峰 通讯员 刘佳 | 陈晓峰,刘佳",
            "文/周敏 | 周敏",
            "作者：吴静 | 吴静",
            "Jane Smith | Jane Smith",
            "Jane Smith; Li Wei | Jane Smith,Li Wei",
            "欧阳晓明 | 欧阳晓明"})
    void readsNamesFromAFreeFormAuthorValue(String value, String names) {
        assertEquals(Arrays.asList(names.split(",")), meta.names(value));
    }

    @ParameterizedTest
    @CsvSource({"近日，湘潭高新区召开了2014年经济工作会议。", "记者从长沙经开区获悉，今年产值增长。", "电子信息产业园项目总投资12亿元。"})
    void leavesOrdinaryParagraphsAlone(String paragraph) {
        assertEquals(false, meta.leadingCredit(paragraph).isPresent());
    }

    /**
     * The pre-check before the agency-lead regex only ever skips paragraphs the regex would not
     * match: random openings stitched from the leads' own pieces, with 讯 and 电 at every reach.
     */
    @org.junit.jupiter.api.Test
    void leadPreCheckNeverSkipsALead() {
        List<String> pieces = List.of("本报", "本网", "讯", "电", "（", "(", "）", ")", "记者", "通讯员", " ", "：", "，",
                "12月31日", "3月5日", "新华社长沙", "曹阳", "今年", "园区", "甲", "乙丙丁戊", "。");
        java.util.Random random = new java.util.Random(7);
        int leads = 0;
        for (int i = 0; i < 50_000; i++) {
            // A run of plain characters first puts the 讯 or 电 that follows at every distance from the start.
            StringBuilder text = new StringBuilder("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒".substring(0, random.nextInt(30)));
            if (random.nextBoolean()) {
                text.append(List.of("讯（记者 曹阳）", "电(通讯员 何兵)", "3月5日讯 ", "12月31日电：", "本报讯 ", "本网电：",
                        "（记者 曹阳）").get(random.nextInt(7)));
            }
            for (int n = random.nextInt(4); n > 0; n--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = text.toString();
            boolean lead = MetaLineParser.leadingCreditPattern().matcher(t).find();
            leads += lead ? 1 : 0;
            assertEquals(true, !lead || MetaLineParser.mayOpenWithCredit(t), () -> "skipped the lead in '" + t + "'");
        }
        assertEquals(true, leads > 1_000, "too few leads among the random texts to test the pre-check: " + leads);
    }
}
