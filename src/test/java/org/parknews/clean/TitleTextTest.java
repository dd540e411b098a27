package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '#', nullValues = "null", value = {
            "光谷生物城新增上市企业3家 - 【江城新闻网】 # 光谷生物城新增上市企业3家",
            "岳塘经开区召开一季度项目建设推进会_园区动态_湘潭市岳塘经济开发区管理委员会 # 岳塘经开区召开一季度项目建设推进会",
            "竹科擴建計畫通過環評 預計新增就業機會六千個｜園區新聞｜科技日報 # 竹科擴建計畫通過環評 預計新增就業機會六千個",
            "宁乡高新区：以“亩均论英雄”倒逼转型--宁乡新闻网 # 宁乡高新区：以“亩均论英雄”倒逼转型",
            "醴陵陶瓷产业园新增规模企业12家 | 陶都观察 # 醴陵陶瓷产业园新增规模企业12家",
            "聚焦“五好”发展目标 促进园区提质增效——永州市创建“五好”园区工作主要做法 # 聚焦“五好”发展目标 促进园区提质增效——永州市创建“五好”园区工作主要做法",
            "凝聚中国动力 建设幸福新区——创新篇 # 凝聚中国动力 建设幸福新区——创新篇",
            "湘潭高新区:创新驱动转型升级 凝聚发展正能量 # 湘潭高新区:创新驱动转型升级 凝聚发展正能量",
            "6-8亿元项目落地高新区 # 6-8亿元项目落地高新区",
            "  株洲高新区举办校企对接会　签约项目２１个  # 株洲高新区举办校企对接会 签约项目２１个",
            "null # null"})
    void cutsTheSiteSuffixButNotTheHeadlinesOwnDashes(String raw, String expected) {
        assertEquals(expected, TitleText.withoutSiteSuffix(raw));
    }
}
