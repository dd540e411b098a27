package org.parknews.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.clean.MatchText;
import org.parknews.TestPipeline;
import org.parknews.ingest.ContentType;
import org.parknews.ingest.RawDocument;
import org.parknews.ingest.SourceInfo;
import org.parknews.record.Record;

/**
 * Reposts made from the shipped articles — another site's header and footer, one sentence
 * rewritten, a truncated copy — are grouped with their original, and the distinct articles
 * (two of which are about the same park) are not grouped with each other.
 */
class DuplicateGrouperTest {
    private static final MinHasher HASHER = new MinHasher();
    private static List<Record> articles;

    @BeforeAll
    static void load() throws Exception {
        articles = TestPipeline.corpusRecords();
    }

    @Test
    void distinctSamplesAreNotDuplicates() {
        List<DuplicateGrouper.Member> members = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            members.add(member(articles.get(i).id(), null, i, articles.get(i).body()));
        }
        new DuplicateGrouper().duplicateOf(members).forEach((id, of) -> assertNull(of, id + " grouped with " + of));
    }

    @Test
    void repostVariantsJoinTheirOriginal() {
        Record original = articles.get(0);
        String body = original.body();
        String[] paragraphs = body.split("\n");
        String rewritten = body.replaceFirst("[^。]*。", "记者日前从园区获悉,这一年园区各项工作取得了明显成效。");
        String truncated = String.join("\n", java.util.Arrays.copyOf(paragraphs, paragraphs.length * 6 / 10));
        String otherSite = TestPipeline.get().cleaner().clean(new RawDocument("repost",
                new SourceInfo("repost.txt", "", "text", "UTF-8", null, null), ContentType.TEXT,
                "欢迎访问某某新闻网!\n首页 > 园区动态\n" + original.title() + "\n来源:某某日报  2014年3月8日\n\n"
                        + body.replace("\n", "\n\n") + "\n\n责任编辑:王五\n版权所有:某某新闻网 湘ICP备00000000号",
                Map.of(), List.of())).body();

        List<DuplicateGrouper.Member> members = new ArrayList<>();
        members.add(member("late-repost", "2014-03-09", 0, otherSite));
        members.add(member(original.id(), "2014-03-06", 1, body));
        members.add(member("rewritten", "2014-03-07", 2, rewritten));
        members.add(member("truncated", null, 3, truncated));
        for (int i = 1; i < articles.size(); i++) {
            members.add(member(articles.get(i).id(), null, 10 + i, articles.get(i).body()));
        }
        Map<String, String> dup = new DuplicateGrouper().duplicateOf(members);

        assertNull(dup.get(original.id()), "the earliest-published member is the original");
        for (String variant : List.of("late-repost", "rewritten", "truncated")) {
            assertEquals(original.id(), dup.get(variant), variant);
        }
        for (int i = 1; i < articles.size(); i++) {
            assertNull(dup.get(articles.get(i).id()));
        }
    }

    @Test
    void undatedGroupsTakeTheFirstSeenAsOriginal() {
        String body = articles.get(1).body();
        Map<String, String> dup = new DuplicateGrouper().duplicateOf(List.of(
                member("first", null, 0, body), member("second", null, 1, body)));
        assertNull(dup.get("first"));
        assertEquals("first", dup.get("second"));
    }

    @Test
    void fingerprintSurvivesItsTextForm() {
        Fingerprint f = HASHER.fingerprint(articles.get(2).body());
        Fingerprint back = Fingerprint.parse(f.format());
        assertEquals(f.shingles(), back.shingles());
        assertEquals(1.0, f.jaccard(back));
        assertTrue(f.format().startsWith("mh2:"));
    }

    /**
     * The signature's estimate of Jaccard similarity stays close to the exact value of the
     * shingle sets, for a body against its leading share (a truncated copy) at several overlaps.
     */
    @ParameterizedTest
    @CsvSource({"0", "1", "2", "3"})
    void estimatesJaccardCloseToTheExactValue(int article) {
        String body = articles.get(article).body();
        for (double share : new double[] {0.2, 0.5, 0.8}) {
            String part = body.substring(0, (int) (body.length() * share));
            double exact = exactJaccard(body, part);
            double estimate = HASHER.fingerprint(body).jaccard(HASHER.fingerprint(part));
            // 64 hash functions: one standard error is at most 0.0625.
            assertEquals(exact, estimate, 0.16, "article " + article + ", share " + share);
        }
    }

    /** The exact Jaccard similarity of the two bodies' 5-character shingles over letters and digits. */
    private static double exactJaccard(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    private static Set<String> shingles(String body) {
        StringBuilder kept = new StringBuilder();
        MatchText.of(body).codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= kept.length(); i++) {
            out.add(kept.substring(i, i + 5));
        }
        return out;
    }

    private static DuplicateGrouper.Member member(String id, String published, long order, String body) {
        return new DuplicateGrouper.Member(id, published, order, HASHER.fingerprint(body));
    }
}
