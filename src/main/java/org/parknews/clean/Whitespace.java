package org.parknews.clean;

/** Whitespace normalisation shared by the cleaners: trims and folds runs of any kind of space. */
final class Whitespace {
    private Whitespace() {
    }

    /** Trims the line (ideographic and no-break spaces too) and folds inner runs to one space. */
    static String normalize(String line) {
        // Most lines are already normal; they are returned without a copy.
        if (isNormal(line)) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** No space at either end, and every inner space a single ' ' between other characters. */
    private static boolean isNormal(String line) {
        boolean afterSpace = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                if (afterSpace || c != ' ') {
                    return false;
                }
                afterSpace = true;
            } else {
                afterSpace = false;
            }
        }
        return !afterSpace || line.isEmpty();
    }

    private static boolean isSpace(char c) {
        // Printable ASCII, and everything from CJK punctuation to the full-width forms (ideographs,
        // ，。： included: most of any line), skip the Unicode table lookups. No character in
        // U+3001..U+FEFE is a space; U+3000 and U+FEFF are, and take the slow path.
        if (c > ' ' && c < '\u0080' || c > '\u3000' && c < '\uFEFF') {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
