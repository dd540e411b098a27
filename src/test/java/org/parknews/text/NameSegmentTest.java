package org.parknews.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parknews.TestPipeline;

/** The Viterbi route's own word net gives exactly what HanLP's stock segmenter gives. */
class NameSegmentTest {

    private static String render(List<Term> terms) {
        return terms.stream().map(t -> t.word + "/" + t.nature).collect(Collectors.joining(" "));
    }

    /** Clauses of every text file the project ships (pages included: any text is input), cut at punctuation. */
    private static List<String> clauses() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(TestPipeline.CORPUS), Files.walk(Path.of("src", "test", "resources", "fixtures")))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (String clause : text.split("[，。；：！？,;\\n]")) {
                    if (!clause.isBlank() && clause.length() <= 200) {
                        out.add(clause.strip());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void cutsEveryClauseAsHanLPsOwnSegmenterDoes() throws IOException {
        TestPipeline.get(); // the lexicon words are in HanLP's custom dictionary, as in a run
        Segment ours = Segmenter.configured();
        Segment hanlps = Segmenter.configure(HanLP.newSegment());
        List<String> clauses = clauses();
        clauses.addAll(List.of("园区管委会主任陈丽介绍了今年的招商计划", "ABC-12型号生产线投产，同比增长15.4%",
                "二〇二三年一月至十一月", "张三李四王五", "Ｘ光机与3D打印", ""));
        int names = 0;
        for (String clause : clauses) {
            String expected = render(hanlps.seg(clause));
            assertEquals(expected, render(ours.seg(clause)), clause);
            names += expected.contains("/nr") ? 1 : 0;
        }
        assertTrue(clauses.size() > 2_000, "clauses: " + clauses.size());
        assertTrue(names > 20, "clauses with a recognised name: " + names);
    }
}
