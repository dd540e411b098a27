package org.parknews.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.parknews.record.Record;

/**
 * One small article written out by hand as a record and a gold file, so report tests need no
 * pipeline: a matched park, person and fact, a company that the gold has and a rule only half
 * found (a miss and a false hit on the same words), and a fact the gold does not list.
 */
final class HandmadeCase {
    static final String BODY_FIRST_SENTENCE = "岳麓产业园引进星城科技有限公司,总投资5亿元,新增就业300人。";
    static final String BODY = BODY_FIRST_SENTENCE + "\n园区负责人王强表示,将做好服务。";

    private HandmadeCase() {
    }

    static Record record(String id) {
        return new Record(id, new Record.Source("fixtures/" + id + ".txt", "0".repeat(64), "text", "UTF-8", null, null, null),
                "岳麓产业园引进星城科技", List.of(), "2021-06-09", null, null, BODY,
                List.of(entity("park", "岳麓产业园", "park.suffix"),
                        entity("company", "科技有限公司", "company.legal-suffix"),
                        entity("person", "王强", "person.title-before-name")),
                List.of(fact("5亿元", "500000000", "CNY", "总投资", "quantity.money"),
                        fact("300人", "300", "人", "新增就业", "quantity.count")),
                List.of(), null, null, new Record.PipelineInfo("test", "hash"), null);
    }

    static GoldArticle gold(String id) {
        return new GoldArticle(id + ".txt", "岳麓产业园引进星城科技", List.of(), "2021-06-09", null,
                new GoldArticle.Body("岳麓产业园", "将做好服务。", List.of("版权所有")),
                Map.of("park", List.of(new GoldArticle.GoldEntity("岳麓产业园", null, null, null)),
                        "company", List.of(new GoldArticle.GoldEntity("星城科技有限公司", List.of("星城科技"), null, null)),
                        "person", List.of(new GoldArticle.GoldEntity("王强", null, List.of("负责人"), null))),
                List.of(new GoldArticle.GoldFact("5亿元", 5e8, null, "CNY", "总投资", null, null)));
    }

    /** The evaluation of the hand-made article, plus one gold file whose article is missing. */
    static Evaluation evaluation() {
        return new Evaluation(List.of(new Scorer().score(gold("handmade"), record("handmade"))), List.of("elsewhere.txt"));
    }

    static Map<String, Record> records() {
        return Map.of("handmade", record("handmade"));
    }

    private static Record.EntityOut entity(String type, String name, String rule) {
        int at = BODY.indexOf(name);
        return new Record.EntityOut(type, name, List.of(), null, null,
                List.of(new Record.Mention(at, at + name.length())), rule);
    }

    private static Record.FactOut fact(String text, String value, String unit, String metric, String rule) {
        int at = BODY.indexOf(text);
        return new Record.FactOut(text, new BigDecimal(value), null, unit, metric, null, null, null, at,
                at + text.length(), 0, rule);
    }
}
