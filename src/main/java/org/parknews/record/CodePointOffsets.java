package org.parknews.record;

/**
 * Converts UTF-16 indices, which Java strings use, into the code-point offsets records
 * promise, so that Python's {@code body[start:end]} reads back the mention.
 */
final class CodePointOffsets {
    private final int[] codePointAt;

    CodePointOffsets(String text) {
        boolean hasSurrogates = false;
        for (int i = 0; i < text.length() && !hasSurrogates; i++) {
            hasSurrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!hasSurrogates) {
            codePointAt = null;
            return;
        }
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            boolean secondHalfOfPair = i > 0 && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            if (!secondHalfOfPair) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    int toCodePoint(int utf16Index) {
        return codePointAt == null ? utf16Index : codePointAt[utf16Index];
    }
}
