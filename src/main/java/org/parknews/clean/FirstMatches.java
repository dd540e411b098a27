package org.parknews.clean;

import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The first element, in document order, that each of several selectors matches, found in one
 * walk of the page that stops once every selector has its match, where a {@code selectFirst} per
 * selector would walk the page once each.
 */
final class FirstMatches {
    private final List<Evaluator> each;

    /** @param queries simple selectors (tag and attribute tests), asked of one element at a time */
    FirstMatches(List<String> queries) {
        this.each = queries.stream().map(QueryParser::parse).toList();
    }

    /** Each selector's first match under {@code root}, in the order the queries were given; null where none matches. */
    List<Element> in(Element root) {
        Element[] first = new Element[each.size()];
        NodeTraversor.filter(new NodeFilter() {
            private int missing = first.length;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    for (int i = 0; i < first.length; i++) {
                        if (first[i] == null && each.get(i).matches(root, e)) {
                            first[i] = e;
                            missing--;
                        }
                    }
                }
                return missing == 0 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, root);
        return Arrays.asList(first);
    }
}
