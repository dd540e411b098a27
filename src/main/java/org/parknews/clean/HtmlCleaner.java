package org.parknews.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cleans an HTML page: removes scripts, styles and page chrome, finds the content block by
 * text and punctuation density, reads header fields from the whole page, and filters the
 * block's lines with the same boilerplate and caption rules as text dumps.
 */
public final class HtmlCleaner {
    private static final String CHROME = "script, style, noscript, iframe, nav, header, footer, aside, form, select, button, "
            + "[class~=(?i)(nav|menu|breadcrumb|crumb|share|comment|related|sidebar|footer|copyright|toolbar|pager|recommend)], "
            + "[id~=(?i)(nav|menu|breadcrumb|crumb|share|comment|related|sidebar|footer|copyright|toolbar|pager|recommend)]";
    private static final Pattern TEMPLATE_DIRECTIVE = Pattern.compile("<%.*?%>", Pattern.DOTALL);
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*(?:[-_|｜—–]+\\s*[^-_|｜—–]{1,30})+$");
    private static final Pattern CAPTION_START = Pattern.compile("^(?:▲|△|图\\s*[:：为]|图\\d|\\(图|（图)");
    private static final int MAX_CAPTION = 40;

    private final BoilerplateRules boilerplate;
    private final MetaLineParser meta = new MetaLineParser();
    private final DateParser dates = new DateParser();
    private final BrokenLineJoiner joiner = new BrokenLineJoiner();
    private final ContentScorer scorer = new ContentScorer();

    public HtmlCleaner(BoilerplateRules boilerplate) {
        this.boilerplate = boilerplate;
    }

    public CleanedPage clean(String html, String url) {
        Document doc = Jsoup.parse(TEMPLATE_DIRECTIVE.matcher(html).replaceAll(""));
        String site = Optional.ofNullable(doc.selectFirst("meta[property=og:site_name]"))
                .map(e -> e.attr("content").strip()).filter(s -> !s.isEmpty()).orElse(null);
        String title = title(doc);

        List<String> pageLines = BlockText.lines(doc.body());
        if (site == null) {
            site = pageLines.stream().map(boilerplate::siteName).flatMap(Optional::stream).findFirst().orElse(null);
        }
        Set<String> authors = new LinkedHashSet<>();
        String published = null;
        String origin = null;
        for (String line : pageLines) {
            if (meta.isMetaLine(line)) {
                HeaderFields f = meta.parse(line);
                authors.addAll(f.authors());
                published = published != null ? published : f.published();
                origin = origin != null ? origin : f.origin();
            }
        }
        if (published == null) {
            published = metaDate(doc).or(() -> dates.findInUrl(url)).orElse(null);
        }

        doc.select(CHROME).remove();
        Element content = scorer.best(doc.body());
        List<String> paragraphs = paragraphs(BlockText.lines(content), title);
        return new CleanedPage(title, List.copyOf(authors), published, origin, site, paragraphs);
    }

    private List<String> paragraphs(List<String> lines, String title) {
        List<String> out = new ArrayList<>();
        boolean afterImage = false;
        for (String line : lines) {
            if (line.equals(BlockText.ImageMarker.LINE)) {
                afterImage = true;
                continue;
            }
            boolean caption = CAPTION_START.matcher(line).find()
                    || (afterImage && line.length() <= MAX_CAPTION && !line.endsWith("。"));
            afterImage = false;
            if (boilerplate.matches(BoilerplateRules.Kind.FOOTER, line) && !out.isEmpty()) {
                break;
            }
            if (caption || meta.isMetaLine(line) || line.equals(title)
                    || boilerplate.matches(BoilerplateRules.Kind.DROP, line)
                    || boilerplate.matches(BoilerplateRules.Kind.CAPTION, line)) {
                continue;
            }
            out.add(line);
        }
        return joiner.join(out);
    }

    private String title(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && h1.text().strip().length() >= 4) {
            return Whitespace.normalize(h1.text());
        }
        String t = Whitespace.normalize(doc.title());
        if (t.isEmpty()) {
            return null;
        }
        String stripped = TITLE_SUFFIX.matcher(t).replaceFirst("");
        return stripped.length() >= 4 ? stripped : t;
    }

    private Optional<String> metaDate(Document doc) {
        for (String selector : List.of("meta[property=article:published_time]", "meta[name=PubDate]", "meta[name=publishdate]",
                "meta[name=date]", "time[datetime]")) {
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
