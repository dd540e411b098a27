package org.parknews.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FirmCountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "引进湘电风能、湖南崇德2家企业; 11-15:2家企业",
        "央企、民企等企业; 5-8:等企业 bare",
        "比亚迪、中联重科等一大批龙头企业落户; 8-16:等一大批龙头企业",
        "签约12个生物医药项目，总投资1350亿元; 2-11:12个生物医药项目",
        "完成投资3.5亿元，增长十余个百分点; ''",
        "三一、中联等十余家企业和5个项目; 5-11:等十余家企业 12-16:5个项目",
    })
    void findsCountsOfFirmsAndProjects(String text, String expected) {
        List<String> found = FirmCounts.in(text).stream()
                .map(c -> c.start() + "-" + c.end() + ":" + text.substring(c.start(), c.end()) + (c.bare() ? " bare" : ""))
                .toList();
        assertEquals(expected, String.join(" ", found));
    }

    /** The hand-written reading finds what a find() loop of the grammar's regex finds. */
    @ParameterizedTest
    @ValueSource(strings = {
        "一二三四五六七八九十等企业，2020年一季度新增企业35家，其中规上企业等8家企业",
        "等等等一批企业、十家项目、两百多个在建项目等众多企业，一等奖企业",
        "全年一共落户1个、2个、3个大项目，等一些龙头公司和10余家配套企业进驻",
        "个企业家企业等企业",
        "园区去年新增市场主体一千二百家，企业数量年均增长百分之十二，",
    })
    void findsWhatAFindLoopFinds(String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = FirmCounts.COUNT.matcher(text);
        while (m.find()) {
            expected.add(m.start() + "-" + m.end() + (m.group("bare") != null ? " bare" : ""));
        }
        List<String> found = FirmCounts.in(text).stream()
                .map(c -> c.start() + "-" + c.end() + (c.bare() ? " bare" : "")).toList();
        assertEquals(expected, found);
    }

    /** The same on random text over the grammar's characters, Han fillers, a supplementary Han character and non-Han ones. */
    @org.junit.jupiter.api.Test
    void findsWhatAFindLoopFindsOnRandomText() {
        String[] pieces = {"等", "1", "3", "一", "十", "两", "百", "多", "余", "家", "个", "企业", "公司", "项目", "企", "业",
            "一批", "一大批", "多家", "众多", "一些", "大", "龙头", "\uD840\uDC00", "、", "a", " "};
        java.util.Random random = new java.util.Random(5);
        int counts = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + random.nextInt(10); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            findsWhatAFindLoopFinds(text);
            counts += FirmCounts.in(text).size();
        }
        assertEquals(true, counts > 500, "the random texts hold counts: " + counts);
    }
}
