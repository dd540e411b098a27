package org.parknews.clean;

import java.util.ArrayList;
import java.util.List;
import org.parknews.ingest.ContentType;
import org.parknews.ingest.RawDocument;
import org.parknews.rules.RuleSet;

/** The clean stage's entry point: RawDocument → Article, for text dumps and HTML alike. */
public final class Cleaner {
    private static final int SHORT_BODY = 50;

    private final TextDumpCleaner textCleaner;
    private final HtmlCleaner htmlCleaner;
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final DateParser dates = new DateParser();

    public Cleaner(RuleSet rules) {
        BoilerplateRules boilerplate = BoilerplateRules.from(rules);
        MetaLineParser meta = MetaLineParser.from(rules);
        this.textCleaner = new TextDumpCleaner(boilerplate, meta);
        this.htmlCleaner = new HtmlCleaner(boilerplate, meta);
    }

    public Article clean(RawDocument doc) {
        CleanedPage page = doc.contentType() == ContentType.HTML
                ? htmlCleaner.clean(doc.text(), doc.source().url())
                : textCleaner.clean(doc.text());
        String body = String.join("\n", page.paragraphs());
        List<String> warnings = new ArrayList<>(doc.warnings());
        if (body.length() < SHORT_BODY) {
            warnings.add("body suspiciously short: " + body.length() + " characters");
        }
        // A container's hints are preferred to what the page says, but normalised the same way.
        List<String> authors = doc.hint("author") != null && !doc.hint("author").isBlank()
                ? List.of(doc.hint("author").strip().split("[\\s、,，;；/]+")) : page.authors();
        String publishedHint = doc.hint("published") == null ? null : dates.find(doc.hint("published")).orElse(null);
        if (doc.hint("published") != null && publishedHint == null) {
            warnings.add("unreadable published date: " + doc.hint("published"));
        }
        return new Article(doc.id(), doc.source(),
                firstNonBlank(TitleText.withoutSiteSuffix(doc.hint("title")), page.title()),
                authors,
                firstNonBlank(publishedHint, page.published()),
                firstNonBlank(doc.hint("origin"), page.origin()),
                firstNonBlank(doc.hint("site"), page.site()),
                body, sentences.split(body), warnings);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b;
    }
}
