package org.parknews.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cleans an HTML page: removes server template directives, scripts, styles and page chrome,
 * finds the headline and the content block by text and punctuation density, reads header
 * fields from the page's meta lines, and filters the block's lines with the same body rules as
 * text dumps.
 */
public final class HtmlCleaner {
    // Selectors are parsed once, not on every page.
    static final ElementRule CHROME = new ElementRule(
            Set.of("script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form", "select", "button"),
            Pattern.compile("(?i)(nav|menu|breadcrumb|crumb|share|comment|related|sidebar|footer|copyright|toolbar|pager|"
                    + "recommend|disclaimer|qr_?code)"),
            List.of("nav", "menu", "crumb", "share", "comment", "related", "sidebar", "footer", "copyright", "toolbar", "pager",
                    "recommend", "disclaimer", "code"));
    static final ElementRule HEADLINE_CANDIDATES = new ElementRule(Set.of("h1", "h2", "h3"),
            Pattern.compile("(?i)(title|headline|biaoti|\\btit\\b)"), List.of("tit", "headline", "biaoti"));
    private static final FirstMatches OPEN_GRAPH = new FirstMatches(List.of("meta[property=og:site_name]", "meta[property=og:title]"));
    /** Where pages state their publication date, most trusted first. */
    private static final FirstMatches DATE_FIELDS = new FirstMatches(List.of("meta[property=article:published_time]",
            "meta[name=PubDate]", "meta[name=publishdate]", "meta[name=pubdate]", "meta[name=date]", "meta[itemprop=datePublished]",
            "time[datetime]"));
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
        // Most pages hold no template directive; the check spares them the regex scan.
        Document doc = Jsoup.parse(html.contains("<%") ? TEMPLATE_DIRECTIVE.matcher(html).replaceAll("") : html);
        List<Element> openGraph = OPEN_GRAPH.in(doc);
        String ogSiteName = metaContent(openGraph.get(0));
        String ogTitle = metaContent(openGraph.get(1));
        String pageTitle = doc.title();
        String site = ogSiteName;
        Element headline = headline(doc, pageTitle, ogTitle, ogSiteName);
        String title = headline != null ? Whitespace.normalize(headline.text())
                : TitleText.withoutSiteSuffix(ogTitle != null ? ogTitle : pageTitle);
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
        for (int i = 0; site == null && i < pageLines.size(); i++) {
            site = boilerplate.siteName(pageLines.get(i)).orElse(null);
        }

        // Header lines are trusted right under the headline and inside the content block; elsewhere
        // on the page (sidebars list dated headlines) only lines with a label such as 发布时间 count.
        HeaderFields zone = readMeta(at < 0 ? List.of() : pageLines.subList(at, Math.min(pageLines.size(), at + 1 + HEADER_REACH)),
                false);

        // Chrome goes, except the headline and what holds it (a <header> often wraps the <h1>).
        Set<Element> keep = new HashSet<>();
        if (headline != null) {
            keep.add(headline);
            keep.addAll(headline.parents());
        }
        for (Element e : doc.select(CHROME)) {
            if (!keep.contains(e)) {
                e.remove();
            }
        }
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
    private Element headline(Document doc, String title, String ogTitleContent, String ogSiteName) {
        String pageTitle = MatchText.of(Whitespace.normalize(title));
        String ogTitle = ogTitleContent == null ? "" : MatchText.of(Whitespace.normalize(ogTitleContent));
        Element best = null;
        int bestLength = 0;
        List<Element> candidates = doc.body().select(HEADLINE_CANDIDATES);
        for (Element e : candidates) {
            String normalized = Whitespace.normalize(e.text());
            // The fold keeps the length, so the length tests come before it.
            if (normalized.length() < MIN_TITLE || normalized.length() > MAX_TITLE || normalized.length() <= bestLength) {
                continue;
            }
            String text = MatchText.of(normalized);
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
        String siteName = ogSiteName == null ? "" : ogSiteName;
        // Every h1 is a candidate, so the candidates hold the page's h1s in document order.
        for (Element h1 : candidates) {
            if (!h1.normalName().equals("h1")) {
                continue;
            }
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

    /** A meta element's content, stripped; null when there is no element or no content. */
    private static String metaContent(Element meta) {
        String content = meta == null ? "" : meta.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    private Optional<String> metaDate(Document doc) {
        for (Element e : DATE_FIELDS.in(doc)) {
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
