package org.parknews.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.parknews.record.RecordJson;

/**
 * The evaluation as JSON, the same content as {@link TextReport}: {@code entities.<type>} and
 * {@code entities.all} with precision, recall and F1, {@code facts} with its matched-fact
 * {@code metric} and {@code period} accuracy, {@code fields}, {@code rules}, and per article
 * the same plus every miss, false hit and wrong detail.
 */
public final class JsonReport {
    private static final ObjectMapper JSON = RecordJson.MAPPER;

    public ObjectNode toJson(Evaluation e) {
        ObjectNode root = JSON.createObjectNode();
        root.put("articles_scored", e.articles().size());
        root.set("fields", JSON.valueToTree(e.fields()));
        ObjectNode entities = root.putObject("entities");
        for (String type : Scorer.ENTITY_TYPES) {
            entities.set(type, JSON.valueToTree(e.entities(type)));
        }
        entities.set("all", JSON.valueToTree(e.allEntities()));
        root.set("facts", facts(e.facts(), e.metric(), e.period()));
        root.set("rules", JSON.valueToTree(e.rules()));
        root.set("unmatched_gold", JSON.valueToTree(e.unmatchedGold()));
        ArrayNode articles = root.putArray("per_article");
        for (ArticleEvaluation a : e.articles()) {
            articles.add(article(a));
        }
        return root;
    }

    public String render(Evaluation e) {
        return RecordJson.pretty(toJson(e));
    }

    private static ObjectNode article(ArticleEvaluation a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.id());
        o.set("fields", JSON.valueToTree(a.fields()));
        ObjectNode entities = o.putObject("entities");
        a.entities().forEach((type, score) -> entities.set(type, JSON.valueToTree(score)));
        entities.set("all", JSON.valueToTree(a.allEntities()));
        o.set("facts", facts(a.facts(), a.metric(), a.period()));
        o.set("rules", JSON.valueToTree(a.rules()));
        o.set("misses", findings(a.misses()));
        o.set("false_hits", findings(a.falseHits()));
        o.set("wrong_details", findings(a.wrongDetails()));
        return o;
    }

    private static ObjectNode facts(Score score, Accuracy metric, Accuracy period) {
        ObjectNode facts = JSON.valueToTree(score);
        facts.set("metric", JSON.valueToTree(metric));
        facts.set("period", JSON.valueToTree(period));
        return facts;
    }

    private static JsonNode findings(List<Finding> findings) {
        return JSON.valueToTree(findings);
    }
}
