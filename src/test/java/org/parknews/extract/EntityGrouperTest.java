package org.parknews.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.clean.Span;

class EntityGrouperTest {

    /**
     * Each mention is NAME@START[>CANONICAL]; the expected entities are NAME=ALIAS+ALIAS:SPANS.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            益阳高新区@0>益阳高新技术产业开发区;益阳高新技术产业开发区@20;益阳高新区@40 | 益阳高新技术产业开发区=益阳高新区:3
            岳阳经开区@0;岳阳经开区@10                                            | 岳阳经开区=:2
            岳阳经开区@0;岳阳经开区职能产业园@30;岳阳经开区@30                        | 岳阳经开区=:1;岳阳经开区职能产业园=:1
            华星机械@5>娄底华星机械股份有限公司;娄底华星机械股份有限公司@20         | 娄底华星机械股份有限公司=华星机械:2
            """)
    void groupsMentionsIntoOneEntityEach(String mentions, String expected) {
        List<EntityMention> input = new ArrayList<>();
        for (String m : mentions.split(";")) {
            String[] nameAndRest = m.split("@");
            String[] startAndCanonical = nameAndRest[1].split(">");
            int start = Integer.parseInt(startAndCanonical[0]);
            EntityMention mention = EntityMention.of(EntityType.PARK, nameAndRest[0],
                    new Span(start, start + nameAndRest[0].length()), "test");
            input.add(startAndCanonical.length > 1 ? mention.asAliasOf(startAndCanonical[1]) : mention);
        }
        List<String> got = new EntityGrouper().group(input).stream()
                .map(e -> e.name() + "=" + String.join("+", e.aliases()) + ":" + e.mentions().size()).toList();
        assertEquals(Arrays.asList(expected.split(";")), got);
    }
}
