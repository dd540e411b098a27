package org.parknews.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parknews.record.RecordJson;

/**
 * The Spark (and so Parquet) schema of a record, derived from the shipped
 * {@code record.schema.json} so the table and the JSON contract cannot drift apart: objects
 * become structs in the contract's field order, arrays arrays, strings and enums strings,
 * integers longs, and numbers exact decimals. Every field is nullable, as optional fields are.
 */
public final class RecordSparkSchema {
    /** Fact values: 28 integer digits hold any amount, 10 decimals any unit conversion. */
    public static final DataType NUMBER = DataTypes.createDecimalType(38, 10);

    private RecordSparkSchema() {
    }

    public static StructType get() {
        try (InputStream in = RecordSparkSchema.class.getResourceAsStream("/record.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("record.schema.json is missing from the classpath");
            }
            JsonNode root = RecordJson.MAPPER.readTree(in);
            return (StructType) of(root, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read record.schema.json", e);
        }
    }

    private static DataType of(JsonNode node, JsonNode root) {
        if (node.has("$ref")) {
            return of(resolve(node.get("$ref").asText(), root), root);
        }
        if (node.has("enum")) {
            return DataTypes.StringType;
        }
        String type = nonNullType(node.get("type"));
        return switch (type) {
            case "object" -> struct(node.get("properties"), root);
            case "array" -> DataTypes.createArrayType(of(node.get("items"), root), true);
            case "string" -> DataTypes.StringType;
            case "integer" -> DataTypes.LongType;
            case "number" -> NUMBER;
            case "boolean" -> DataTypes.BooleanType;
            default -> throw new IllegalStateException("record.schema.json: unsupported type " + type);
        };
    }

    private static StructType struct(JsonNode properties, JsonNode root) {
        List<StructField> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            fields.add(DataTypes.createStructField(p.getKey(), of(p.getValue(), root), true));
        }
        return DataTypes.createStructType(fields);
    }

    /** The one non-null type of a {@code "type"} that is a name or a list like ["string", "null"]. */
    private static String nonNullType(JsonNode type) {
        if (type == null) {
            throw new IllegalStateException("record.schema.json: a property has no type");
        }
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode t : type) {
            if (!"null".equals(t.asText())) {
                return t.asText();
            }
        }
        throw new IllegalStateException("record.schema.json: a property is only null");
    }

    private static JsonNode resolve(String ref, JsonNode root) {
        if (!ref.startsWith("#/")) {
            throw new IllegalStateException("record.schema.json: only local $ref supported, got " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("record.schema.json: unresolved $ref " + ref);
        }
        return target;
    }
}
