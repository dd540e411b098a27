package org.parknews.clean;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Matches an element by its tag name or by a pattern found in its class or id: what the selector
 * {@code "t1, t2, …, [class~=re], [id~=re]"} matches, but with one set lookup for all the tag
 * names where jsoup's parsed selector compares them one by one. The cleaner asks this of every
 * element of every page.
 */
final class ElementRule extends Evaluator {
    private final Set<String> tags;
    private final Pattern classOrId;

    /** @param classOrId found (not matched whole) in the class and in the id attribute */
    ElementRule(Set<String> tags, Pattern classOrId) {
        this.tags = Set.copyOf(tags);
        this.classOrId = classOrId;
    }

    @Override
    public boolean matches(Element root, Element element) {
        return tags.contains(element.normalName()) || finds(element, "class") || finds(element, "id");
    }

    private boolean finds(Element element, String attribute) {
        return element.hasAttr(attribute) && classOrId.matcher(element.attr(attribute)).find();
    }

    @Override
    public String toString() {
        return String.join(", ", tags) + ", [class~=" + classOrId + "], [id~=" + classOrId + "]";
    }
}
