package org.parknews.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parknews.TestPipeline;
import org.parknews.ingest.DocumentSink;
import org.parknews.ingest.Ingest;
import org.parknews.ingest.InputError;
import org.parknews.ingest.InputFinder;
import org.parknews.ingest.RawDocument;
import org.parknews.pipeline.Pipeline;

/** {@code --tokens}: the segmentation pass in the record re-joins the body exactly. */
class TokensTest {

    @Test
    void tokensCoverEveryNonSpaceCharacterOfTheBodyInOrder() throws IOException {
        Pipeline withTokens = TestPipeline.get().withTokens(true);
        Ingest ingest = new Ingest();
        int[] checked = {0};
        for (var file : new InputFinder(ingest::accepts, null).find(List.of(TestPipeline.CORPUS))) {
            ingest.read(file, new DocumentSink() {
                @Override
                public void accept(RawDocument doc) {
                    Record r = withTokens.process(doc);
                    int[] body = r.body().codePoints().toArray();
                    StringBuilder joined = new StringBuilder();
                    int previousEnd = 0;
                    for (Record.TokenOut t : r.tokens()) {
                        assertTrue(t.start() >= previousEnd, r.id() + ": tokens overlap or go back at " + t);
                        assertEquals(new String(body, t.start(), t.end() - t.start()), t.text(), r.id() + ": token span");
                        assertFalse(t.pos().isEmpty());
                        joined.append(t.text());
                        previousEnd = t.end();
                    }
                    assertEquals(r.body().replaceAll("\\s", ""), joined.toString().replaceAll("\\s", ""),
                            r.id() + ": tokens must re-join the body");
                    checked[0]++;
                }

                @Override
                public void error(InputError error) {
                    throw new AssertionError(error.toString());
                }
            });
        }
        assertTrue(checked[0] >= 8, "every shipped article checked");
    }

    @Test
    void recordsHaveNoTokensUnlessAsked() throws IOException {
        assertNull(TestPipeline.corpusRecords().get(0).tokens());
        assertTrue(RecordJson.line(TestPipeline.corpusRecords().get(0)).indexOf("\"tokens\"") < 0);
    }
}
