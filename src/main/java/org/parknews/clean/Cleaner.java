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
    private final MetaLineParser meta;

    public Cleaner(RuleSet rules) {
        BoilerplateRules boilerplate = BoilerplateRules.from(rules);
        this.meta = MetaLineParser.from(rules);
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
        List<String> authorHint = doc.hint("author") == null ? List.of() : meta.names(doc.hint("author"));
        List<String> authors = authorHint.isEmpty() ? page.authors() : authorHint;
        String publishedHint = doc.hint("published") == null ? null : dates.find(doc.hint("published")).orElse(null);
        if (doc.hint("published") != null && publishedHint == null) {
            warnings.add("unreadable published date: " + doc.hint("published"));
        }
        String published = firstNonBlank(publishedHint, page.published());
        if (published == null) {
            published = dates.findInUrl(doc.source().url()).orElse(null);
        }
        return new Article(doc.id(), doc.source(),
                firstNonBlank(TitleText.withoutSiteSuffix(doc.hint("title")), page.title()),
                authors,
                published,
                firstNonBlank(doc.hint("origin"), page.origin()),
                firstNonBlank(doc.hint("site"), page.site()),
                body, sentences.split(body), warnings);
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b;
    }
}
