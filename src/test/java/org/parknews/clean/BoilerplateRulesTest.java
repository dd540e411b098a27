package org.parknews.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.TestPipeline;
import org.parknews.rules.RuleSet;

/** The line classes of seeds/boilerplate.txt, one row per kind of line a crawled page prints. */
class BoilerplateRulesTest {
    private static final BoilerplateRules RULES = BoilerplateRules.from(RuleSet.load(TestPipeline.SEEDS));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DROP | 欢迎来到湖南省开发区协会中心网站! | true",
            "DROP | 园区快讯 | true",
            "DROP | PARK EXPRESS | true",
            "DROP | 当前位置：首页 > 园区动态 > 正文 | true",
            "DROP | 首页 > 园区动态 > 正文 | true",
            "DROP | 字号：大 中 小 | true",
            "DROP | 【打印本页】【关闭窗口】 | true",
            "DROP | 分享到： | true",
            "DROP | 上一篇：常德经开区开展安全生产大检查 | true",
            "DROP | （完） | true",
            "DROP | （原标题：冷水江经开区签约锑品深加工项目 总投资12亿元） | true",
            "DROP | 标签：园区 基金 融资 | true",
            "DROP | 园区坚持创新驱动，打造千亿园区。 | false",
            "DROP | 确定年度目标 建成千亿园区 | false",
            "FOOTER | 【版权及免责声明】凡本网所属版权作品，转载时须获得授权 | true",
            "FOOTER | 版权所有:中国产业经济信息网京ICP备11041399号-2 | true",
            "FOOTER | 华东财经网 版权所有 沪ICP备08012345号 | true",
            "FOOTER | 转自: | true",
            "FOOTER | 延伸阅读 | true",
            "FOOTER | 【相关链接】 | true",
            "FOOTER | 相关新闻 | true",
            "FOOTER | （责任编辑：孙蕾） | true",
            "FOOTER | [责任编辑:曾婷] | true",
            "FOOTER | 责任编辑 张三 | true",
            "FOOTER | （编辑 李明 王强） | true",
            "FOOTER | 编辑部门积极组织采访活动，取得良好效果。 | false",
            "FOOTER | 免责声明：本网站所转载的文章，版权归原作者所有。 | true",
            "FOOTER | 本文为红网原创文章，转载请注明来源。 | true",
            "FOOTER | 全部回帖（6） | true",
            "FOOTER | 湘公网安备43012402000123号 | true",
            "FOOTER | 近日，园区编辑出版了《园区发展年鉴》。 | false",
            "FOOTER | 园区企业版权意识不断增强，申报专利460件。 | false",
            "CAPTION | ▲企业技术人员在智能生产线上调试设备。 | true",
            "CAPTION | 图为园区新建的标准化厂房 | true",
            "CAPTION | 王涛 摄 | true",
            "CAPTION | 图为开工仪式现场。 | true",
            "CAPTION | 图书馆项目总投资2亿元。 | false",
            "CAPTION | 示范区内的一家企业研发中心（资料照片） | true",
            "CAPTION | 园区全景（图片来源：园区管委会） | true",
            "CAPTION | 新建的标准化厂房（资料图） | true",
            "CAPTION | 园区引进了一批新项目（详见附件）。 | false",
            "IMAGE | [图片] | true",
            "IMAGE | 【图片】 | true",
            "IMAGE | 图片新闻 | false"})
    void classifiesLines(BoilerplateRules.Kind kind, String line, boolean expected) {
        assertEquals(expected, RULES.matches(kind, line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "永州市工业和信息化局      李昌 | 李昌",
            "（株洲高新区管委会 刘文 王强） | 刘文 王强",
            "（供稿单位：园区经发局） | ''"})
    void readsSignOffLines(String line, String names) {
        assertEquals(names, RULES.signoffNames(line).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "湘潭高新区管委会主任颜晓媚表示，园区将加快发展。",
            "株洲高新区 汽车产业园",
            "永州市工业和信息化局"})
    void leavesOtherLinesAsNoSignOff(String line) {
        assertEquals(false, RULES.signoffNames(line).isPresent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "版权所有:中国产业经济信息网京ICP备11041399号-2京公网安备11010502035964 | 中国产业经济信息网",
            "华东财经网 版权所有 沪ICP备08012345号 | 华东财经网",
            "欢迎来到湖南省开发区协会中心网站! | 湖南省开发区协会中心网站",
            "版权所有：津市高新技术产业开发区管理委员会 | 津市高新技术产业开发区管理委员会"})
    void readsTheSiteName(String line, String site) {
        assertEquals(site, RULES.siteName(line).orElseThrow());
    }

    @Test
    void aSiteRuleNeverReturnsALicenceNumber() {
        assertEquals(false, RULES.siteName("版权所有 沪ICP备08012345号").orElse("").contains("ICP"));
    }
}
