package org.parknews.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Renders a DOM subtree as text lines, one per block element or {@code <br>}. */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "section", "article", "table", "ul", "ol", "blockquote", "header", "footer", "figure", "figcaption",
            "dd", "dt", "pre", "center", "main", "td");

    private BlockText() {
    }

    static List<String> lines(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(root, current, lines);
        flush(current, lines);
        return lines;
    }

    private static void walk(Node node, StringBuilder current, List<String> lines) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.getWholeText());
            } else if (child instanceof Element e) {
                boolean block = BLOCKS.contains(e.normalName());
                if (block) {
                    flush(current, lines);
                }
                if (e.normalName().equals("img")) {
                    // An image ends a line so that a caption under it stands alone and can be dropped.
                    flush(current, lines);
                    lines.add(ImageMarker.LINE);
                    continue;
                }
                walk(e, current, lines);
                if (block) {
                    flush(current, lines);
                }
            }
        }
    }

    private static void flush(StringBuilder current, List<String> lines) {
        String line = Whitespace.normalize(current.toString());
        if (!line.isEmpty()) {
            lines.add(line);
        }
        current.setLength(0);
    }

    /** A placeholder line standing where an image was, so captions under images can be recognised. */
    static final class ImageMarker {
        static final String LINE = "\uE000IMG\uE000";

        private ImageMarker() {
        }
    }
}
