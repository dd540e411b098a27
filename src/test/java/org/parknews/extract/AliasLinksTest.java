package org.parknews.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AliasLinksTest {

    @ParameterizedTest(name = "{2} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            湘潭高新区今年发展很快。                             | 湘潭高新区>湘潭高新技术产业开发区 | 湘潭高新区 | 湘潭高新区
            湘潭高新技术产业开发区,简称湘潭高新区。             | 湘潭高新区>湘潭高新技术产业开发区 | 湘潭高新区 | 湘潭高新技术产业开发区
            中关村示范区和中关村都出现了。                       | 中关村>中关村科技园区;中关村示范区>中关村科技园区 | 中关村 | 中关村示范区
            只有金菱科技。                                         | 金菱科技>湘潭金菱科技股份有限公司 | 金菱科技 | 金菱科技
            """)
    void namesTheFullestFormTheTextUses(String text, String links, String name, String expected) {
        AliasLinks aliasLinks = new AliasLinks();
        for (String link : links.split(";")) {
            String[] pair = link.split(">");
            aliasLinks.link(pair[0], pair[1]);
        }
        assertEquals(expected, aliasLinks.fullestIn(name, text));
    }
}
