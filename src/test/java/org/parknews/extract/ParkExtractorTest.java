package org.parknews.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParkExtractorTest {

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            昨天,岳阳经开区举行了项目集中签约仪式。                 | 岳阳经开区
            衡阳高新技术产业开发区今年新增规模企业40家。             | 衡阳高新技术产业开发区
            记者走进常德经济技术开发区,看到一片繁忙的建设景象。      | 常德经济技术开发区
            新落成的长沙“麓山”科技园迎来首批入驻企业。             | 长沙“麓山”科技园
            位于郴州高新区创新创业园内的孵化大楼已经封顶。           | 郴州高新区创新创业园
            醴陵陶瓷产业园的窑炉日夜不停。                         | 醴陵陶瓷产业园
            永州经开区职能装备产业园招商中心昨日揭牌。             | 永州经开区职能装备产业园
            去年,苏州工业园区的外资项目再创新高。                  | 苏州工业园区
            在西太湖科技产业园,一批生物医药企业正在加快建设。       | 西太湖科技产业园
            推动武进国家高新区和常州高新区联动发展。               | 武进国家高新区
            企业要用好湖南自贸区的政策红利。                       | 湖南自贸区
            一批企业落户中国·长沙科技城。                          | 中国·长沙科技城
            长株潭国家自主创新示范区建设加快推进。                 | 长株潭国家自主创新示范区
            """)
    void findsNamedParks(String sentence, String park) {
        List<String> parks = EntityFixture.names(sentence, EntityType.PARK);
        assertTrue(parks.contains(park), parks.toString());
    }

    @ParameterizedTest(name = "none in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            我省开发区数量居全国前列,外省开发区也纷纷来考察。
            湖南省开发区协会成立于2010年。
            各地要加快建设一批专业特色产业园。
            这里被评为省级特色工业小镇。
            上海浦东新区的经济总量继续增长。
            园区管委会召开了全体干部大会。
            高新区企业发展服务中心正式投入使用。
            全市共有11个县市区工业园区。
            国家级高新区的数量已经超过150家。
            前三季度开发区新引进外资项目37个。
            上半年高新区实现营业收入20亿元。
            """)
    void rejectsGenericWordsAndDistricts(String sentence) {
        assertEquals(List.of(), EntityFixture.names(sentence, EntityType.PARK));
    }

    @ParameterizedTest(name = "{1} with aliases {2}")
    @CsvSource(delimiter = '|', textBlock = """
            益阳高新技术产业开发区成立于2000年。如今,益阳高新区已集聚企业300余家。 | 益阳高新技术产业开发区 | 益阳高新区
            合肥高新区再次获评优秀园区,合肥高新区的企业数量持续增长。             | 合肥高新区             |
            娄底经济技术开发区与娄底经开区是同一个园区的两个名字。                 | 娄底经济技术开发区     | 娄底经开区
            宜昌国家高新技术产业开发区今年扩区,宜昌高新区面积将翻番。             | 宜昌国家高新技术产业开发区 | 宜昌高新区
            """)
    void filesShortFormsUnderTheFullestNameInTheArticle(String body, String name, String aliases) {
        List<Entity> parks = EntityFixture.entities(body).stream().filter(e -> e.type() == EntityType.PARK).toList();
        assertEquals(1, parks.size(), parks.toString());
        assertEquals(name, parks.get(0).name());
        assertEquals(aliases == null ? List.of() : Arrays.asList(aliases.split(";")), parks.get(0).aliases());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            株洲高新区以“中国动力谷”为品牌,动力谷的名气越来越大。 | 动力谷
            """)
    void rejectsStoplistedNames(String body, String notPark) {
        assertFalse(EntityFixture.names(body, EntityType.PARK).contains(notPark));
    }
}
