package org.parknews.spark;

import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.parknews.ingest.InputError;
import org.parknews.record.RecordJson;
import scala.Tuple2;

/**
 * Keeps record ids unique across the whole job, as the CLI does within a run: of the documents
 * sharing an id, the one from the first input (by URI, then position) stays a record and each
 * other becomes an error line naming it. Only ids and origins are shuffled, never records.
 */
final class DuplicateIds {

    private DuplicateIds() {
    }

    static JavaRDD<ExtractOutcome> settle(JavaSparkContext sc, JavaRDD<ExtractOutcome> outcomes) {
        Map<String, String> kept = outcomes.filter(o -> !o.failed())
                .mapToPair(o -> new Tuple2<>(o.id(), new Tuple2<>(o.originKey(), 1L)))
                .reduceByKey((a, b) -> new Tuple2<>(a._1().compareTo(b._1()) <= 0 ? a._1() : b._1(), a._2() + b._2()))
                .filter(e -> e._2()._2() > 1)
                .mapValues(Tuple2::_1)
                .collectAsMap();
        if (kept.isEmpty()) {
            return outcomes;
        }
        Broadcast<Map<String, String>> keptOrigin = sc.broadcast(Map.copyOf(kept));
        return outcomes.map(o -> {
            String keep = o.failed() ? null : keptOrigin.value().get(o.id());
            if (keep == null || keep.equals(o.originKey())) {
                return o;
            }
            String keptPath = keep.substring(0, keep.indexOf('\u0000'));
            InputError error = new InputError(o.path(), 0, "record",
                    "duplicate id '" + o.id() + "' (already written from " + keptPath + ")", null);
            return new ExtractOutcome(null, o.path(), o.ordinal(), RecordJson.line(error), true);
        });
    }
}
