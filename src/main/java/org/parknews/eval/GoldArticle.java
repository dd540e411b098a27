package org.parknews.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** One gold file (gold-format.md): what a careful reader extracts from one article. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldArticle(String article, String title, List<String> authors, String published, String origin,
                          Body body, Map<String, List<GoldEntity>> entities, List<GoldFact> facts) {

    /** Cheap body gold: how it starts and ends, and boilerplate that must be gone. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(@JsonProperty("starts_with") String startsWith, @JsonProperty("ends_with") String endsWith,
                       @JsonProperty("must_not_contain") List<String> mustNotContain) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldEntity(String name, List<String> aliases, List<String> titles, String org) {
        public List<String> aliasesOrEmpty() {
            return aliases == null ? List.of() : aliases;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldFact(String text, double value, @JsonProperty("value_max") Double valueMax, String unit,
                           String metric, String qualifier, String period) {
    }

    public List<GoldEntity> entitiesOf(String type) {
        return entities == null ? List.of() : entities.getOrDefault(type, List.of());
    }

    /** The record id this gold file describes: the article file name without its extension. */
    public String recordId() {
        int dot = article.lastIndexOf('.');
        return dot > 0 ? article.substring(0, dot) : article;
    }
}
