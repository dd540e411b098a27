package org.parknews.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The first element, in document order, that each of several selectors matches. One walk of the
 * page collects what any of them matches, where a {@code selectFirst} per selector would walk the
 * page once each; the few elements found are then sorted out per selector.
 */
final class FirstMatches {
    private final List<Evaluator> each;
    private final Evaluator any;

    /** @param queries simple selectors (tag and attribute tests); each is asked of single elements */
    FirstMatches(List<String> queries) {
        this.each = queries.stream().map(QueryParser::parse).toList();
        this.any = QueryParser.parse(String.join(", ", queries));
    }

    /** Each selector's first match under {@code root}, in the order the queries were given; null where none matches. */
    List<Element> in(Element root) {
        Elements candidates = root.select(any);
        List<Element> first = new ArrayList<>(each.size());
        for (Evaluator selector : each) {
            Element match = null;
            for (Element e : candidates) {
                if (selector.matches(root, e)) {
                    match = e;
                    break;
                }
            }
            first.add(match);
        }
        return first;
    }
}
