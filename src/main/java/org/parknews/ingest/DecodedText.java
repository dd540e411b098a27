package org.parknews.ingest;

import java.util.Optional;

/**
 * Text decoded from bytes.
 *
 * @param warning why the charset is uncertain (guessed by a detector, or a declaration the
 *                bytes contradict), or null when a BOM, a declaration or a strict decode settled it
 */
public record DecodedText(String text, String charset, String warning) {

    public Optional<String> warningText() {
        return Optional.ofNullable(warning);
    }
}
