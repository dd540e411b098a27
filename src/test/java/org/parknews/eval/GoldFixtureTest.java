package org.parknews.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.parknews.TestPipeline;
import org.parknews.record.Record;

/**
 * Scores the pipeline on the shipped corpus (samples and fixtures) against the gold files and holds every score at
 * its floor, so a change that makes extraction worse fails the build. Raise a floor when a
 * change improves a score; never lower one to make a build pass.
 */
class GoldFixtureTest {
    /** Floors: measured scores rounded down. */
    private static final Map<String, Double> FLOORS = Map.ofEntries(
            Map.entry("field.title", 1.0),
            Map.entry("field.authors", 1.0),
            Map.entry("field.published", 1.0),
            Map.entry("field.origin", 1.0),
            Map.entry("field.body_start", 1.0),
            Map.entry("field.body_end", 1.0),
            Map.entry("field.body_clean", 1.0),
            Map.entry("entity.park.f1", 0.95),
            Map.entry("entity.person.f1", 0.97),
            Map.entry("entity.company.f1", 1.0),
            Map.entry("entity.all.f1", 0.98),
            Map.entry("facts.f1", 0.99),
            Map.entry("fact.metric", 0.95),
            Map.entry("fact.period", 0.97));

    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() throws Exception {
        List<GoldArticle> gold = GoldSet.load(TestPipeline.GOLD);
        Map<String, Record> records = TestPipeline.corpusRecords().stream()
                .collect(Collectors.toMap(Record::id, Function.identity()));
        evaluation = new Evaluator(TestPipeline.get(), null).evaluate(gold, records);
        System.out.println("Gold scores on corpus/ (" + gold.size() + " gold files):");
        System.out.println(new TextReport().render(evaluation, true));
    }

    @Test
    void scoresStayAtOrAboveTheirFloors() {
        assertTrue(evaluation.unmatchedGold().isEmpty(), "gold files without a sample: " + evaluation.unmatchedGold());
        Map<String, Double> measured = measured(evaluation);
        List<Executable> checks = new ArrayList<>();
        FLOORS.forEach((name, floor) -> checks.add(() -> assertTrue(measured.get(name) >= floor - 1e-9,
                name + " = " + measured.get(name) + " fell below its floor " + floor)));
        assertAll(checks);
    }

    static Map<String, Double> measured(Evaluation e) {
        Map<String, Double> m = new java.util.HashMap<>();
        e.fields().forEach((f, a) -> m.put("field." + f, a.accuracy()));
        for (String t : Scorer.ENTITY_TYPES) {
            m.put("entity." + t + ".f1", e.entities(t).f1());
        }
        m.put("entity.all.f1", e.allEntities().f1());
        m.put("facts.f1", e.facts().f1());
        m.put("fact.metric", e.metric().accuracy());
        m.put("fact.period", e.period().accuracy());
        return m;
    }
}
