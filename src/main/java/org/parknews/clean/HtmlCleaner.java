package org.parknews.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Cleans an HTML page: removes server template directives, scripts, styles and page chrome,
 * finds the headline and the content block by text and punctuation density, reads header
 * fields from the page's meta lines, and filters the block's lines with the same body rules as
 * text dumps.
 */
public final class HtmlCleaner {
    // Selectors are parsed once, not on every page.
    private static final Evaluator CHROME = QueryParser.parse(
            "script, style, noscript, iframe, nav, header, footer, aside, form, select, button, "
            + "[class~=(?i)(nav|menu|breadcrumb|crumb|share|comment|related|sidebar|footer|copyright|toolbar|pager|"
            + "recommend|disclaimer|qr_?code)], "
            + "[id~=(?i)(nav|menu|breadcrumb|crumb|share|comment|related|sidebar|footer|copyright|toolbar|pager|"
            + "recommend|disclaimer|qr_?code)]");
    private static final Evaluator HEADLINE_CANDIDATES = QueryParser.parse(
            "h1, h2, h3, [class~=(?i)(title|headline|biaoti|\\btit\\b)], "
            + "[id~=(?i)(title|headline|biaoti|\\btit\\b)]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator OG_SITE_NAME = QueryParser.parse("meta[property=og:site_name]");
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
    /** Where pages state their publication date, most trusted first. */
    private static final List<Evaluator> DATE_FIELDS = Stream.of("meta[property=article:published_time]", "meta[name=PubDate]",
            "meta[name=publishdate]", "meta[name=pubdate]", "meta[name=date]", "meta[itemprop=datePublished]", "time[datetime]")
            .map(QueryParser::parse).toList();
    private static final Pattern TEMPLATE_DIRECTIVE = Pattern.compile("<%.*?%>", Pattern.DOTALL);
    private static final int MIN_TITLE = 4;
    private static final int MAX_TITLE = 100;
    /** How many lines under the headline a page's byline and date can be. */
    private static final int HEADER_REACH = 8;
    private static final String HEADLINE_MARK = "\uE001HEADLINE\uE001";

    private final BoilerplateRules boilerplate;
    private final MetaLineParser meta;
    private final DateParser dates = new DateParser();
    private final ContentScorer scorer = new ContentScorer();
    private final BodyFilter bodyFilter;

    public HtmlCleaner(BoilerplateRules boilerplate, MetaLineParser meta) {
        this.boilerplate = boilerplate;
        this.meta = meta;
        this.bodyFilter = new BodyFilter(boilerplate, meta);
    }

    public CleanedPage clean(String html, String url) {
        Document doc = Jsoup.parse(TEMPLATE_DIRECTIVE.matcher(html).replaceAll(""));
        String site = metaContent(doc, OG_SITE_NAME).orElse(null);
        Element headline = headline(doc);
        String title = headline != null ? Whitespace.normalize(headline.text())
                : TitleText.withoutSiteSuffix(metaContent(doc, OG_TITLE).orElse(doc.title()));
        // A marker block before the headline tells where it sits among the page's lines, even when
        // a menu or breadcrumb repeats its text further up.
        Element marker = null;
        if (headline != null) {
            marker = new Element("p").text(HEADLINE_MARK);
            headline.before(marker);
        }
        List<String> pageLines = new ArrayList<>(BlockText.lines(doc.body()));
        int at = pageLines.indexOf(HEADLINE_MARK);
        if (marker != null) {
            marker.remove();
            pageLines.remove(at);
        }
        if (site == null) {
            site = pageLines.stream().map(boilerplate::siteName).flatMap(Optional::stream).findFirst().orElse(null);
        }

        // Header lines are trusted right under the headline and inside the content block; elsewhere
        // on the page (sidebars list dated headlines) only lines with a label such as 发布时间 count.
        HeaderFields zone = readMeta(at < 0 ? List.of() : pageLines.subList(at, Math.min(pageLines.size(), at + 1 + HEADER_REACH)),
                false);

        doc.select(CHROME).stream().filter(e -> headline == null || !e.equals(headline) && !headline.parents().contains(e))
                .forEach(Element::remove);
        Element content = scorer.best(doc.body(), headline, l -> boilerplate.matches(BoilerplateRules.Kind.FOOTER, l));
        Set<String> ignore = new HashSet<>();
        if (title != null) {
            ignore.add(title);
        }
        if (site != null) {
            ignore.add(site);
        }
        BodyFilter.Result body = bodyFilter.filter(afterHeadline(BlockText.lines(content), title), ignore);
        // The whole page's labelled lines are a fallback, read only when the header zone and the body leave a field empty.
        Supplier<HeaderFields> page = new Lazy<>(() -> readMeta(pageLines, true));

        Set<String> authors = new LinkedHashSet<>(zone.authors());
        authors.addAll(body.authors());
        if (authors.isEmpty()) {
            authors.addAll(page.get().authors());
        }
        String published = first(() -> zone.published(), () -> body.published(), () -> metaDate(doc).orElse(null),
                () -> page.get().published(), () -> dates.findInUrl(url).orElse(null));
        String origin = first(() -> zone.origin(), () -> body.origin(), () -> page.get().origin());
        return new CleanedPage(title, List.copyOf(authors), published, origin, site, body.paragraphs());
    }

    /** Header values from the meta lines among {@code lines}; the first value of each field wins. */
    private HeaderFields readMeta(List<String> lines, boolean labelledOnly) {
        Set<String> authors = new LinkedHashSet<>();
        String published = null;
        String origin = null;
        for (String line : lines) {
            if (labelledOnly ? meta.isLabelledMetaLine(line) : meta.isMetaLine(line)) {
                HeaderFields f = meta.parse(line);
                authors.addAll(f.authors());
                published = published != null ? published : f.published();
                origin = origin != null ? origin : f.origin();
            }
        }
        return new HeaderFields(List.copyOf(authors), published, origin);
    }

    /** The first non-null value, computing no more of them than needed. */
    @SafeVarargs
    private static String first(Supplier<String>... values) {
        for (Supplier<String> v : values) {
            String value = v.get();
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A value computed on first use, at most once. */
    private static final class Lazy<T> implements Supplier<T> {
        private Supplier<T> compute;
        private T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            if (compute != null) {
                value = compute.get();
                compute = null;
            }
            return value;
        }
    }

    /** When the content block holds the headline, what comes before it is page chrome. */
    private static List<String> afterHeadline(List<String> lines, String title) {
        int at = title == null ? -1 : lines.indexOf(title);
        return at < 0 ? lines : new ArrayList<>(lines.subList(at + 1, lines.size()));
    }

    /**
     * The headline element: among headings and title-classed elements, the longest text that the
     * page's {@code <title>} (or og:title) contains, since pages title themselves "headline_site";
     * else the first h1 that is not just the site's name.
     */
    private Element headline(Document doc) {
        String pageTitle = MatchText.of(Whitespace.normalize(doc.title()));
        String ogTitle = MatchText.of(Whitespace.normalize(metaContent(doc, OG_TITLE).orElse("")));
        Element best = null;
        int bestLength = 0;
        for (Element e : doc.body().select(HEADLINE_CANDIDATES)) {
            String text = MatchText.of(Whitespace.normalize(e.text()));
            if (text.length() < MIN_TITLE || text.length() > MAX_TITLE || text.length() <= bestLength) {
                continue;
            }
            // The headline opens the <title> ("headline_channel_site"); a channel or site name
            // elsewhere in it is short, so a match elsewhere must cover half the title.
            if (opens(pageTitle, text) || opens(ogTitle, text)) {
                best = e;
                bestLength = text.length();
            }
        }
        if (best != null) {
            return best;
        }
        String siteName = metaContent(doc, OG_SITE_NAME).orElse("");
        for (Element h1 : doc.body().select(H1)) {
            String text = Whitespace.normalize(h1.text());
            if (text.length() >= MIN_TITLE && text.length() <= MAX_TITLE && !text.equals(siteName)
                    && !pageTitle.endsWith(MatchText.of(text))) {
                return h1;
            }
        }
        return null;
    }

    private static boolean opens(String pageTitle, String text) {
        return pageTitle.startsWith(text) || pageTitle.contains(text) && text.length() * 2 >= pageTitle.length();
    }

    private static Optional<String> metaContent(Document doc, Evaluator selector) {
        return Optional.ofNullable(doc.selectFirst(selector)).map(e -> e.attr("content").strip()).filter(s -> !s.isEmpty());
    }

    private Optional<String> metaDate(Document doc) {
        for (Evaluator selector : DATE_FIELDS) {
            Element e = doc.selectFirst(selector);
            if (e != null) {
                Optional<String> d = dates.find(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }
}
