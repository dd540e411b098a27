package org.parknews.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Names known to denote the same entity in one article (a lexicon alias and its full name, a
 * full name and its abbreviation), so every mention can be filed under the fullest of those
 * names that the article itself uses.
 */
final class AliasLinks {
    private final Map<String, String> parent = new HashMap<>();

    /** Records that {@code a} and {@code b} name the same entity. */
    void link(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    /** The longest name linked to {@code name} that occurs in {@code text}; {@code name} itself when none is longer. */
    String fullestIn(String name, String text) {
        String root = root(name);
        String best = name;
        for (String other : parent.keySet()) {
            if (other.length() > best.length() && root(other).equals(root) && text.contains(other)) {
                best = other;
            }
        }
        if (root.length() > best.length() && text.contains(root)) {
            best = root;
        }
        return best;
    }

    private String root(String name) {
        String r = name;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
