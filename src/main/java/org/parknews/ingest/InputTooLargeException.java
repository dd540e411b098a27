package org.parknews.ingest;

import java.io.IOException;

/**
 * An input, or one document of it, is over a size or decompression limit: that input or
 * document fails, the run goes on.
 */
public final class InputTooLargeException extends IOException {
    private final boolean wholeInput;

    /** @param wholeInput whether the stream itself is spent (an inflation limit), not just one document */
    public InputTooLargeException(String message, boolean wholeInput) {
        super(message);
        this.wholeInput = wholeInput;
    }

    /** Whether nothing more can be read from the input. */
    public boolean wholeInput() {
        return wholeInput;
    }
}
