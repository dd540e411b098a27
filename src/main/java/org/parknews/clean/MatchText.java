package org.parknews.clean;

/**
 * The view of a body that rules match against: full-width ASCII (digits, letters, ％, ．) and the
 * ideographic space folded to their half-width forms, and traditional characters to simplified
 * ones. The fold maps every UTF-16 unit to exactly one unit, so an offset found in the match
 * text is the same offset in the body.
 */
public final class MatchText {
    private MatchText() {
    }

    public static String of(String body) {
        return new String(chars(body));
    }

    /** The match text as a new array, for callers that read it as characters. */
    public static char[] chars(String body) {
        char[] out = body.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(out[i]);
        }
        return out;
    }

    /**
     * The text with traditional characters in simplified form and nothing else changed (unlike
     * the match text, full-width punctuation stays): how entity names are given. Text that is
     * simplified already, nearly all of it, comes back as the same instance.
     */
    public static String simplified(String text) {
        int first = firstTraditional(text, 0, text.length());
        if (first < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        for (int i = first; i < out.length; i++) {
            out[i] = TraditionalFold.fold(out[i]);
        }
        return new String(out);
    }

    /** Whether {@code text[from, to)} holds no traditional character: {@link #simplified} would leave it as it is. */
    public static boolean isSimplified(String text, int from, int to) {
        return firstTraditional(text, from, to) < 0;
    }

    private static int firstTraditional(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (TraditionalFold.fold(c) != c) {
                return i;
            }
        }
        return -1;
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        switch (c) {
            // Corner brackets are the quotation marks of traditional-script pages.
            case '「': return '“';
            case '」': return '”';
            case '『': return '‘';
            case '』': return '’';
            default: break;
        }
        return TraditionalFold.fold(c);
    }
}
