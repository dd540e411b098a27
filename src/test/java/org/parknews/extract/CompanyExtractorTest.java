package org.parknews.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyExtractorTest {

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            园区今年引进了长沙迈克光电科技有限公司等一批项目。          | 长沙迈克光电科技有限公司
            管委会与北京中科创新投资集团公司签署了合作协议。            | 北京中科创新投资集团公司
            推荐株洲天盛新材料股份有限公司申报省级技术中心。            | 株洲天盛新材料股份有限公司
            拿到了岳阳远景智能科技有限公司的营业执照。                  | 岳阳远景智能科技有限公司
            湖南和兴食品有限公司获评省级龙头企业。                      | 湖南和兴食品有限公司
            这家企业成为中信银行的重点客户。                            | 中信银行
            引进恒达担保公司、金利小额贷款公司,缓解融资难题。           | 金利小额贷款公司
            园区已吸引三环电机、华丰锂电、南方精工等20多家企业入驻。    | 华丰锂电
            对绿源园林等3个项目收回了土地。                              | 绿源园林
            楚天科技、加加食品等一批龙头企业正在扩产。                  | 加加食品
            格力电器(长沙)有限公司副总经理黄伟说。                      | 格力电器(长沙)有限公司
            中国移动湘潭分公司为园区提供5G网络。                        | 中国移动湘潭分公司
            工商银行、建设银行也提供了贷款。                            | 建设银行
            江城智能计算科技（武汉）股份有限公司完成了新一轮融资。      | 江城智能计算科技（武汉）股份有限公司
            星海光电显示（昆山）有限公司、华芯微电子等企业相继投产。    | 华芯微电子
            """)
    void findsCompanies(String sentence, String company) {
        List<String> companies = EntityFixture.names(sentence, EntityType.COMPANY);
        assertTrue(companies.contains(company), companies.toString());
    }

    @ParameterizedTest(name = "none in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            园区积极争取商业银行加大信贷投放。
            这里环境优美的园区吸引了人才。
            园区加快发展新能源、新材料等5个项目。
            下一步将成立绿色产业集团公司,为企业提供服务。
            引入公司化的运作模式能更好地服务企业。
            要与外省开发区及经济集团之间开展合作。
            该企业计划在长沙设立子公司,并在株洲注册一家贸易公司。
            这家公司去年营收增长了两成,多家上市公司前来考察。
            央企、民企等企业纷纷来园区考察。
            """)
    void rejectsGenericAndGluedNames(String sentence) {
        assertEquals(List.of(), EntityFixture.names(sentence, EntityType.COMPANY));
    }

    @ParameterizedTest(name = "{1} with aliases {2}")
    @CsvSource(delimiter = '|', textBlock = """
            娄底华星机械股份有限公司是一家老牌企业。去年,华星机械的销售额增长了两成。   | 娄底华星机械股份有限公司 | 华星机械
            衡阳恒飞电缆有限责任公司(以下简称“恒飞电缆”)今年扩产。恒飞电缆订单饱满。 | 衡阳恒飞电缆有限责任公司 | 恒飞电缆
            湖南五新隧道智能装备股份有限公司落户园区。园区为五新隧道、华恒生物等28家企业解决难题。 | 湖南五新隧道智能装备股份有限公司 | 五新隧道
            """)
    void linksShortFormsToTheFullName(String body, String name, String aliases) {
        List<Entity> entities = EntityFixture.entities(body);
        Entity company = EntityFixture.find(entities, EntityType.COMPANY, name).orElseThrow(() -> new AssertionError(entities));
        assertEquals(Arrays.asList(aliases.split(";")), company.aliases());
    }

    @ParameterizedTest(name = "{1} not in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            企业湘潭电化科技股份有限公司今年增资。 | 企业湘潭电化科技股份有限公司
            引进星火担保公司、争取专业银行授信。   | 争取专业银行
            """)
    void keepsWordsBeforeTheNameOut(String sentence, String wrong) {
        assertFalse(EntityFixture.names(sentence, EntityType.COMPANY).contains(wrong));
    }
}
