package org.parknews.extract;

import java.util.List;
import java.util.Optional;
import org.parknews.TestPipeline;
import org.parknews.clean.Article;
import org.parknews.clean.SentenceSplitter;
import org.parknews.ingest.SourceInfo;
import org.parknews.text.Segmenter;

/** Runs the shared extractors over a body written in a test, as the pipeline would. */
final class EntityFixture {
    private static Segmenter segmenter;

    private EntityFixture() {
    }

    static List<Entity> entities(String body, String... authors) {
        Article article = new Article("test", new SourceInfo("test.txt", "", "txt", "UTF-8", null, null), "标题",
                List.of(authors), null, null, null, body, new SentenceSplitter().split(body), List.of());
        AnalyzedArticle doc = AnalyzedArticle.of(article, segmenter());
        return TestPipeline.get().extractors().extract(doc).entities();
    }

    static List<String> names(String body, EntityType type) {
        return entities(body).stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    static Optional<Entity> find(List<Entity> entities, EntityType type, String name) {
        return entities.stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst();
    }

    private static synchronized Segmenter segmenter() {
        if (segmenter == null) {
            segmenter = new Segmenter(Extractors.lexiconWords(TestPipeline.get().rules()),
                    PersonExtractor.cueWords(TestPipeline.get().rules()));
        }
        return segmenter;
    }
}
