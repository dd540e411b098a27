package org.parknews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain progress line a cron log shows: count, share, rate and time left. */
class LogProgressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1000 | 250  | 10  | extract: 250/1000 inputs (25%), 25.0 articles/s, ETA 0:00:30",
            "1000 | 1000 | 100 | extract: 1000/1000 inputs (100%), 10.0 articles/s, ETA 0:00:00",
            "90000| 100  | 50  | extract: 100/90000 inputs (0%), 2.0 articles/s, ETA 12:29:10",
            "10   | 0    | 5   | extract: 0/10 inputs (0%), 0.0 articles/s, ETA ?",
    })
    void formatsProgress(long total, long done, long seconds, String expected) {
        LogProgress p = new LogProgress(Duration.ofSeconds(30));
        p.start(total);
        long startedAt = p.startedNanos();
        assertEquals(expected, p.line(done, startedAt + Duration.ofSeconds(seconds).toNanos()));
    }
}
