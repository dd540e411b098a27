package org.parknews.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders a DOM subtree as text lines, one per block element or {@code <br>}. The walk is
 * iterative, so pathologically deep pages cannot overflow the stack.
 */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "section", "article", "table", "ul", "ol", "blockquote", "header", "footer", "figure", "figcaption",
            "dd", "dt", "pre", "center", "main", "td");

    private BlockText() {
    }

    static List<String> lines(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node == root) {
                    return;
                }
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("img")) {
                        // An image ends a line so that a caption under it stands alone and can be dropped.
                        flush(current, lines);
                        lines.add(ImageMarker.LINE);
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(current, lines);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != root && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, lines);
                }
            }
        }, root);
        flush(current, lines);
        return lines;
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
