package org.parknews.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonExtractorTest {

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            开发区党工委书记王建军在会上表示,要抓项目。     | 王建军 | 党工委书记
            公司董事长李明华深有体会地说,创新最重要。       | 李明华 | 董事长
            园区管委会副主任陈丽介绍,今年新增企业30家。     | 陈丽   | 管委会副主任
            据公司总经理赵晓东透露,新产品即将上市。         | 赵晓东 | 总经理
            本报讯(记者 孙丽娟)园区今天召开大会。          | 孙丽娟 | 记者
            北京大学教授吴立新出席论坛并作主旨演讲。       | 吴立新 | 教授
            """)
    void findsNamesAfterTitles(String sentence, String name, String title) {
        List<Entity> entities = EntityFixture.entities(sentence);
        Entity person = EntityFixture.find(entities, EntityType.PERSON, name).orElseThrow(() -> new AssertionError(entities));
        assertEquals(List.of(title), person.titles());
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            张晓峰表示,今年将继续扩大产能。                     | 张晓峰
            美国专家史密斯先生介绍了新的工艺。                   | 史密斯
            园区引进了上海药物研究所徐华强博士等高端人才。       | 徐华强
            中南大学孟祥飞教授团队入驻创新中心。                 | 孟祥飞
            """)
    void findsNamesConfirmedByContext(String sentence, String name) {
        List<String> people = EntityFixture.names(sentence, EntityType.PERSON);
        assertTrue(people.contains(name), people.toString());
    }

    @ParameterizedTest(name = "none in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            每条产业链由一名市委常委任链长。
            记者从园区获悉,经济运行持续向好。
            刘总表示,公司订单已经排到明年。
            上午,王总带队参观了车间,李女士介绍了产品性能。
            经济运行持续向好,小微企业数量高达1200家,有关负责人说这得益于政策。
            要坚持以习近平新时代中国特色社会主义思想为指导。
            邀请国内知名专家顾问委员会成员参与评审。
            园区共有博士后工作站3家,院士工作站2家。
            引进了一批教授级高级工程师。
            """)
    void rejectsWordsThatOnlyLookLikeNames(String sentence) {
        assertEquals(List.of(), EntityFixture.names(sentence, EntityType.PERSON));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            长沙高新区党工委、岳麓区委书记赵文彬出席活动。 | 赵文彬 | 党工委书记;岳麓区委书记 | 长沙高新区
            中国工程院院士钱志远为企业授牌。               | 钱志远 | 院士                    | 中国工程院
            常德高新区党工委副书记、管委会主任孔令军致辞。 | 孔令军 | 党工委副书记;管委会主任 | 常德高新区
            宁乡市委副书记、宁乡经开区党工委书记曾纪明介绍。 | 曾纪明 | 宁乡市委副书记;党工委书记 | 宁乡经开区
            """)
    void fillsTitlesAndOrganisationFromThePhrase(String sentence, String name, String titles, String org) {
        List<Entity> entities = EntityFixture.entities(sentence);
        Entity person = EntityFixture.find(entities, EntityType.PERSON, name).orElseThrow(() -> new AssertionError(entities));
        assertEquals(Arrays.asList(titles.split(";")), person.titles());
        assertEquals(org, person.org());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            王芳 | 园区今年新增企业20家。
            """)
    void listsBylineAuthors(String author, String body) {
        List<Entity> entities = EntityFixture.entities(body, author);
        assertTrue(EntityFixture.find(entities, EntityType.PERSON, author).isPresent(), entities.toString());
    }
}
