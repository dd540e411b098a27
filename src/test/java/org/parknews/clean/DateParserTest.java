package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    private final DateParser dates = new DateParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2014-03-06 | 2014-03-06",
            "2014年3月6日 | 2014-03-06",
            "2014 年 3 月 6 日 | 2014-03-06",
            "2021/6/9 | 2021-06-09",
            "2014.3.6 | 2014-03-06",
            "发布时间：2021年12月13日发布人：浏览： | 2021-12-13",
            "发稿时间：2020/11/3 16:05 | 2020-11-03",
            "２０２０年３月１日　来源于：湖南日报 | 2020-03-01",
            "2021年6月9日 10:00 | 2021-06-09",
            "2023-05-20T08:15:00+08:00 | 2023-05-20",
            "作者:刘艳    时间:2014-03-06 | 2014-03-06",
            "2017年08月21日 09:32 | 2017-08-21",
            "2021-13-01 | null",
            "2021-02-30 | null",
            "1-10月份，全市园区 | null",
            "没有日期 | null"})
    void findsTheFirstValidDate(String text, String expected) {
        assertEquals(expected, dates.find(text).orElse(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "http://news.example.cn/cyxw/201906/t20190612_5521.html | 2019-06-12",
            "https://www.example.cn/news/2021/06/09/1001.html | 2021-06-09",
            "https://www.example.cn/content/2020-09/08/content_1.htm | 2020-09-08",
            "https://www.example.cn/a/20201308/1.html | null",
            "http://www.example.cn/news/2021/0609/123.html | 2021-06-09",
            "http://www.example.cn/html/202106/09/content_8.htm | 2021-06-09",
            "http://www.example.cn/p/2021_06_09_1.shtml | 2021-06-09",
            "https://www.example.cn/p/8812.html | null",
            "null | null"})
    void findsADateInsideAUrl(String url, String expected) {
        assertEquals(expected, dates.findInUrl(url).orElse(null));
    }
}
