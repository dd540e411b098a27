package org.parknews.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns away documents not worth running through the pipeline, with the reason that goes to
 * the error log: no text at all, more text than the per-document limit, or text that is mostly
 * replacement characters because no charset could decode the bytes (noise, a binary format
 * without NUL bytes). A few undecodable bytes in an otherwise good page are kept: crawls are
 * full of them.
 */
final class DocumentScreen {
    /** Above this share of U+FFFD among the non-blank characters, the text is noise, not an article. */
    static final double MAX_UNDECODABLE_SHARE = 0.05;

    private final long maxBytes;

    DocumentScreen(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Why the file cannot be an article before reading it, judged by its size. */
    Optional<String> rejectFileSize(long bytes) {
        return bytes > maxBytes ? Optional.of(tooLarge(bytes)) : Optional.empty();
    }

    /** Why this decoded text cannot be processed, or empty when it can. */
    Optional<String> reject(String text) {
        if (text.isBlank()) {
            return Optional.of("empty input: no text in the document");
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            return Optional.of(tooLarge(bytes));
        }
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > visible * MAX_UNDECODABLE_SHARE) {
            return Optional.of(String.format(Locale.ROOT,
                    "undecodable: %d of %d characters could not be decoded in any charset tried", replaced, visible));
        }
        return Optional.empty();
    }

    private String tooLarge(long bytes) {
        return String.format(Locale.ROOT, "too large: %d bytes, the limit is %d (--max-bytes)", bytes, maxBytes);
    }
}
