package org.parknews.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parknews.TestPipeline;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputError;
import org.parknews.ingest.RawDocument;
import org.parknews.record.Record;
import org.parknews.text.Token;

class ExplainerTest {
    private final Explainer explainer = new Explainer(TestPipeline.get());

    /** Typed text is the whole body, however short or headline-like its first line is. */
    @ParameterizedTest
    @ValueSource(strings = {"园区新增企业12家。", "高新区。", "没有标点的一行", "第一段写完了。\n第二段也写完了。",
            "据统计,全区共有规模以上工业企业236家,同比增加18家。"})
    void typedTextBecomesTheBody(String text) {
        Explanation x = explainer.explain(TypedText.document(text));
        assertEquals(text, x.record().body());
        assertEquals(TypedText.ID, x.record().id());
    }

    static Stream<Path> samples() throws IOException {
        return Files.list(TestPipeline.SAMPLES).sorted();
    }

    /** For every fact and entity mention, the report names its rule, its span and the sentence that holds it. */
    @ParameterizedTest
    @MethodSource("samples")
    void reportShowsWhyEachItemWasExtracted(Path sample) {
        for (Explanation x : explain(sample)) {
            String report = new ExplainReport().render(x);
            Record r = x.record();
            assertFalse(r.facts().isEmpty(), "sample without facts: " + sample);
            for (Record.FactOut f : r.facts()) {
                String sentence = x.sentenceText(f.sentence());
                assertTrue(sentence.contains(f.text()), f.text() + " not in its sentence " + sentence);
                assertTrue(report.contains("    rule " + f.rule() + "  span " + f.start() + ".." + f.end() + "  sentence "
                        + f.sentence() + ": " + sentence + "\n"), f.text());
            }
            for (Record.EntityOut e : r.entities()) {
                assertTrue(report.contains(e.name()) && report.contains("rule " + e.rule()), e.name());
                for (Record.Mention m : e.mentions()) {
                    int s = x.sentenceAt(m.start());
                    assertTrue(report.contains("    span " + m.start() + ".." + m.end() + "  sentence " + s + ": "
                            + x.sentenceText(s) + "\n"), e.name() + " at " + m.start());
                }
            }
            for (int i = 0; i < x.sentences().size(); i++) {
                String joined = x.tokensOf(i).stream().map(Token::text).collect(Collectors.joining());
                assertEquals(x.sentenceText(i).replaceAll("\\s", ""), joined.replaceAll("\\s", ""), "tokens of sentence " + i);
            }
        }
    }

    private List<Explanation> explain(Path file) {
        List<Explanation> out = new ArrayList<>();
        new Ingest().read(file, new DocumentSink() {
            @Override
            public void accept(RawDocument document) {
                out.add(explainer.explain(document));
            }

            @Override
            public void error(InputError error) {
                throw new AssertionError(error.toString());
            }
        });
        return out;
    }
}
