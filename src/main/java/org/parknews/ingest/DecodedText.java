package org.parknews.ingest;

/**
 * Text decoded from bytes.
 *
 * @param guessed true when the charset came from statistical detection rather than a BOM,
 *                a declaration or a strict decode
 */
public record DecodedText(String text, String charset, boolean guessed) {
}
