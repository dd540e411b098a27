package org.parknews.clean;

/** Whitespace normalisation shared by the cleaners: trims and folds runs of any kind of space. */
final class Whitespace {
    private Whitespace() {
    }

    /** Trims the line (ideographic and no-break spaces too) and folds inner runs to one space. */
    static String normalize(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
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
}
