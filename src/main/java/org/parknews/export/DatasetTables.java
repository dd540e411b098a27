package org.parknews.export;

import static org.parknews.export.ColumnType.DATE;
import static org.parknews.export.ColumnType.DECIMAL;
import static org.parknews.export.ColumnType.INTEGER;
import static org.parknews.export.ColumnType.TEXT;
import static org.parknews.export.ColumnType.TEXT_LIST;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The three tables researchers load — articles, entities, facts — flattened from records as
 * record-schema.md defines them; entity and fact rows name their article by {@code article_id}.
 */
public final class DatasetTables {
    public static final Table ARTICLES = new Table("articles", "One row per article record.", List.of(
            new Column("id", TEXT, "Record id, unique in one output."),
            new Column("title", TEXT, "Headline, or null."),
            new Column("authors", TEXT_LIST, "Bylined authors, possibly empty."),
            new Column("published", DATE, "Publication date, or null."),
            new Column("origin", TEXT, "Publication named by 来源 (the report's original source), or null."),
            new Column("site", TEXT, "Name of the site the page was crawled from, or null."),
            new Column("source_path", TEXT, "Input file (or URI) the record was read from."),
            new Column("url", TEXT, "Page URL where the input carries one, or null."),
            new Column("duplicate_of", TEXT, "Id of the article this one reposts, or null for originals.")),
            (r, out) -> out.accept(Arrays.asList(text(r, "id"), text(r, "title"), list(r, "authors"),
                    text(r, "published"), text(r, "origin"), text(r, "site"), text(r.path("source"), "path"),
                    text(r.path("source"), "url"), text(r, "duplicate_of"))));

    public static final Table ENTITIES = new Table("entities", "One row per distinct entity of an article.", List.of(
            new Column("article_id", TEXT, "The article's id."),
            new Column("type", TEXT, "park, person or company."),
            new Column("name", TEXT, "Canonical name."),
            new Column("aliases", TEXT_LIST, "Other names the article uses for it, possibly empty."),
            new Column("titles", TEXT_LIST, "People only: their titles; null for parks and companies."),
            new Column("org", TEXT, "People only: the organisation their title names, or null."),
            new Column("mention_count", INTEGER, "How many times the article mentions it.")),
            (r, out) -> {
                String id = text(r, "id");
                for (JsonNode e : r.path("entities")) {
                    out.accept(Arrays.asList(id, text(e, "type"), text(e, "name"), list(e, "aliases"),
                            list(e, "titles"), text(e, "org"), (long) e.path("mentions").size()));
                }
            });

    public static final Table FACTS = new Table("facts", "One row per numeric fact, in reading order.", List.of(
            new Column("article_id", TEXT, "The article's id."),
            new Column("text", TEXT, "The quantity as written."),
            new Column("value", DECIMAL, "Its value in the base unit, scale words folded in."),
            new Column("value_max", DECIMAL, "Upper end of a range, or null."),
            new Column("unit", TEXT, "Base unit: CNY, %, pp, m2, kW, t, m3, day, month, year, or a classifier."),
            new Column("metric", TEXT, "What is measured (投资, 产值, ...), or null."),
            new Column("qualifier", TEXT, "approx, over, under, range, or null."),
            new Column("period", TEXT, "YYYY, YYYY-MM, YYYY-MM-DD or START..END, or null."),
            new Column("subject", TEXT, "The park or company the fact is about, or null."),
            new Column("sentence", INTEGER, "0-based sentence index in the body."),
            new Column("start", INTEGER, "Code-point offset of text in the body."),
            new Column("end", INTEGER, "Code-point offset after text (a reserved word in SQL: quote it).")),
            (r, out) -> {
                String id = text(r, "id");
                for (JsonNode f : r.path("facts")) {
                    out.accept(Arrays.asList(id, text(f, "text"), decimal(f, "value"), decimal(f, "value_max"),
                            text(f, "unit"), text(f, "metric"), text(f, "qualifier"), text(f, "period"),
                            text(f, "subject"), integer(f, "sentence"), integer(f, "start"), integer(f, "end")));
                }
            });

    public static final List<Table> ALL = List.of(ARTICLES, ENTITIES, FACTS);

    private DatasetTables() {
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> list(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        v.forEach(item -> out.add(item.asText()));
        return out;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }

    private static Long integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.longValue();
    }
}
