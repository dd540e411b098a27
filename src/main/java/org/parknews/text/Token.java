package org.parknews.text;

/** A segmented word with its part-of-speech tag and UTF-16 span in the body. */
public record Token(String text, String pos, int start, int end) {
}
