package org.parknews.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Matches an element by its tag name or by a pattern found in its class or id: what the selector
 * {@code "t1, t2, …, [class~=re], [id~=re]"} matches, but with one set lookup for all the tag
 * names where jsoup's parsed selector compares them one by one, and with the pattern run only on
 * attributes that hold one of its words. The cleaner asks this of every element of every page.
 */
final class ElementRule extends Evaluator {
    private final Set<String> tags;
    private final Pattern classOrId;
    private final List<String> hints;

    /**
     * @param classOrId found (not matched whole) in the class and in the id attribute
     * @param hints     lower-case words, one of which every match of {@code classOrId} holds in
     *                  some letter case
     */
    ElementRule(Set<String> tags, Pattern classOrId, List<String> hints) {
        this.tags = Set.copyOf(tags);
        this.classOrId = classOrId;
        this.hints = List.copyOf(hints);
    }

    @Override
    public boolean matches(Element root, Element element) {
        return tags.contains(element.normalName()) || finds(element, "class") || finds(element, "id");
    }

    private boolean finds(Element element, String attribute) {
        if (!element.hasAttr(attribute)) {
            return false;
        }
        String value = element.attr(attribute);
        return mayHold(value) && classOrId.matcher(value).find();
    }

    /**
     * False when the value holds no hint: a case-insensitive alternation runs at every position,
     * while most class names (content, left, main) share no word with it.
     */
    private boolean mayHold(String value) {
        // Lowering the whole value can only add letters to compare, never lose an ASCII one.
        String lower = value.toLowerCase(Locale.ROOT);
        for (String hint : hints) {
            if (lower.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.join(", ", tags) + ", [class~=" + classOrId + "], [id~=" + classOrId + "]";
    }
}
