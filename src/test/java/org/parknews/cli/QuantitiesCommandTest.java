package org.parknews.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.TestPipeline;
import org.parknews.extract.quantity.QuantityFinder;
import org.parknews.record.RecordJson;
import org.parknews.rules.RuleSet;

class QuantitiesCommandTest {
    private static final QuantityFinder FINDER = QuantityFinder.from(RuleSet.load(TestPipeline.SEEDS));

    /** Each row: a line and its quantities as text=value..max unit qualifier [start,end) in code points. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "投资约5000万元建设                 | 5000万元=50000000 CNY approx [3,9)",
            "共42个,另有7                        | 42个=42 个 null [1,4);7=7 null null [7,8)",
            "𠀀园区引进6-8亿元                   | 6-8亿元=600000000..800000000 CNY range [5,10)",
            "三分之一以上                        | 三分之一=33.33 % over [0,4)",
            "无数字                              | ''",
    })
    void describesEveryQuantityOfALine(String line, String expected) throws Exception {
        JsonNode json = RecordJson.MAPPER.readTree(RecordJson.line(QuantitiesCommand.describe(7, line, FINDER)));
        assertEquals(7, json.get("line").asInt());
        assertEquals(line, json.get("text").asText());
        StringBuilder sb = new StringBuilder();
        for (JsonNode q : json.get("quantities")) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(q.get("text").asText()).append('=').append(q.get("value").asText());
            if (!q.get("value_max").isNull()) {
                sb.append("..").append(q.get("value_max").asText());
            }
            sb.append(' ').append(q.get("unit").isNull() ? "null" : q.get("unit").asText())
                    .append(' ').append(q.get("qualifier").isNull() ? "null" : q.get("qualifier").asText())
                    .append(" [").append(q.get("start").asInt()).append(',').append(q.get("end").asInt()).append(')');
            int[] cps = line.codePoints().toArray();
            assertEquals(q.get("text").asText(), new String(cps, q.get("start").asInt(),
                    q.get("end").asInt() - q.get("start").asInt()), "span reads back");
        }
        assertEquals(expected, sb.toString());
    }

    @Test
    void writesOneJsonLinePerInputLine(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.txt");
        Files.write(input, List.of("园区新增企业15家", "", "增长43.6%"), StandardCharsets.UTF_8);
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            code = Main.run("quantities", input.toString(), "--seeds", TestPipeline.SEEDS.toString());
        } finally {
            System.setOut(saved);
        }
        assertEquals(Main.OK, code);
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        assertEquals("{\"line\":1,\"text\":\"园区新增企业15家\",\"quantities\":[{\"text\":\"15家\",\"value\":15,"
                + "\"value_max\":null,\"unit\":\"家\",\"qualifier\":null,\"start\":6,\"end\":9}]}", lines.get(0));
        assertEquals("{\"line\":2,\"text\":\"\",\"quantities\":[]}", lines.get(1));
        assertEquals(43.6, RecordJson.MAPPER.readTree(lines.get(2)).get("quantities").get(0).get("value").asDouble());
    }
}
