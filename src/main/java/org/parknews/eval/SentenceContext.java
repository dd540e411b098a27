package org.parknews.eval;

/** The sentence around a code-point span of a body, for showing a miss or false hit in context. */
final class SentenceContext {
    private static final String BREAKS = "。！？!?\n";
    private static final int MAX = 160;

    private SentenceContext() {
    }

    static String around(String body, int startCp, int endCp) {
        int start = body.offsetByCodePoints(0, Math.min(startCp, body.codePointCount(0, body.length())));
        int end = body.offsetByCodePoints(0, Math.min(endCp, body.codePointCount(0, body.length())));
        int from = start;
        while (from > 0 && BREAKS.indexOf(body.charAt(from - 1)) < 0 && start - from < MAX / 2) {
            from--;
        }
        int to = end;
        while (to < body.length() && BREAKS.indexOf(body.charAt(to)) < 0 && to - end < MAX / 2) {
            to++;
        }
        if (to < body.length() && body.charAt(to) != '\n') {
            to++;
        }
        return body.substring(from, to);
    }

    /** The first sentence that mentions {@code text}, or null. */
    static String of(String body, String text) {
        int at = body.indexOf(text);
        if (at < 0) {
            return null;
        }
        int cp = body.codePointCount(0, at);
        return around(body, cp, cp + text.codePointCount(0, text.length()));
    }
}
