package org.parknews.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which inputs a rerun redoes, one row per situation. */
class InputStatusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case,                   inState, size, sha,  version, rules, errors, full,  expected
            "first time,               false,   10,   aaa,  1.0,     r1,    0,      false, NEW",
            "same everything,          true,    10,   aaa,  1.0,     r1,    0,      false, UNCHANGED",
            "content changed,          true,    10,   bbb,  1.0,     r1,    0,      false, CHANGED",
            "size changed,             true,    11,   aaa,  1.0,     r1,    0,      false, CHANGED",
            "program upgraded,         true,    10,   aaa,  1.1,     r1,    0,      false, CHANGED",
            "rules edited,             true,    10,   aaa,  1.0,     r2,    0,      false, CHANGED",
            "failed last time,         true,    10,   aaa,  1.0,     r1,    2,      false, RETRIED",
            "forced with --full,       true,    10,   aaa,  1.0,     r1,    0,      true,  CHANGED",
            "new even with --full,     false,   10,   aaa,  1.0,     r1,    0,      true,  NEW",
    })
    void classifies(String name, boolean inState, long size, String sha, String version, String rules, int errors,
                    boolean full, InputStatus expected) {
        InputState previous = inState ? new InputState("/in/a.txt", size, sha, version, rules, List.of("a"), errors)
                : null;
        assertEquals(expected, InputStatus.classify(previous, new InputFingerprint(10, "aaa"), "1.0", "r1", full));
    }
}
