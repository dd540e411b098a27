package org.parknews.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.TestPipeline;
import org.parknews.ingest.ContentType;
import org.parknews.ingest.RawDocument;
import org.parknews.ingest.SourceInfo;
import org.parknews.ingest.TextDecoder;
import org.parknews.record.Record;

/**
 * A report in traditional characters (here a sample converted with HanLP's own s2t tables and
 * stored as Big5) yields the same entities, in simplified form with the traditional name as an
 * alias, and the same facts as the simplified original.
 */
class TraditionalScriptTest {

    static Stream<Path> reports() {
        return Stream.of("000_79dc9c1204d006a1.txt", "001_0acc258f0dc2cd30.txt", "002_9f4cc859fce1cc48.txt")
                .map(TestPipeline.SAMPLES::resolve);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void traditionalVersionGivesTheSameEntitiesAndFacts(Path report) throws IOException {
        String simplified = Files.readString(report, StandardCharsets.UTF_8);
        String traditional = HanLP.convertToTraditionalChinese(simplified);
        assertFalse(traditional.equals(simplified));
        // Big5 has no no-break space; a Big5 page writes a plain one.
        byte[] big5 = traditional.replace('\u00A0', ' ').getBytes(Charset.forName("Big5-HKSCS"));
        String decoded = new TextDecoder().decode(big5, null, false).text();

        Record s = TestPipeline.get().process(doc("s", simplified));
        Record t = TestPipeline.get().process(doc("t", decoded));

        assertEquals(entities(s), entities(t));
        assertEquals(facts(s), facts(t));
        for (Record.EntityOut e : t.entities()) {
            for (Record.Mention m : e.mentions()) {
                String written = new String(t.body().codePoints().toArray(), m.start(), m.end() - m.start());
                assertTrue(written.equals(e.name()) || e.aliases().contains(written),
                        "the traditional surface form " + written + " is kept as an alias of " + e.name());
            }
        }
    }

    private static TreeSet<String> entities(Record r) {
        TreeSet<String> out = new TreeSet<>();
        r.entities().forEach(e -> out.add(e.type() + ":" + e.name()));
        return out;
    }

    private static List<String> facts(Record r) {
        return r.facts().stream().map(f -> f.value().toPlainString() + " " + f.unit() + " " + f.qualifier()).toList();
    }

    private static RawDocument doc(String id, String text) {
        return new RawDocument(id, new SourceInfo(id + ".txt", "", "text", "UTF-8", null, null), ContentType.TEXT, text,
                Map.of(), List.of());
    }
}
