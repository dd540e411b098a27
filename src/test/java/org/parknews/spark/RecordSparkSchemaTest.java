package org.parknews.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Parquet schema follows record.schema.json field by field. */
class RecordSparkSchemaTest {

    @ParameterizedTest
    @CsvSource({
            "id,                     string",
            "source.path,            string",
            "source.crawled,         string",
            "source.record,          bigint",
            "source.format,          string",
            "authors,                array<string>",
            "entities.name,          string",
            "entities.titles,        array<string>",
            "entities.mentions.start, bigint",
            "facts.value,            'decimal(38,10)'",
            "facts.value_max,        'decimal(38,10)'",
            "facts.qualifier,        string",
            "facts.sentence,         bigint",
            "pipeline.rules,         string",
            "tokens.pos,             string",
            "duplicate_of,           string",
    })
    void fieldTypes(String path, String expected) {
        assertEquals(expected, typeAt(RecordSparkSchema.get(), path).simpleString());
    }

    @ParameterizedTest
    @CsvSource({"0, id", "1, source", "7, body", "8, entities", "9, facts", "11, pipeline"})
    void topLevelOrderIsTheContractOrder(int index, String name) {
        assertEquals(name, RecordSparkSchema.get().fields()[index].name());
    }

    /** Walks struct fields, stepping through arrays of structs. */
    private static DataType typeAt(StructType struct, String path) {
        DataType t = struct;
        for (String part : path.split("\\.")) {
            while (t instanceof ArrayType a) {
                t = a.elementType();
            }
            t = ((StructType) t).apply(part).dataType();
        }
        return t;
    }
}
