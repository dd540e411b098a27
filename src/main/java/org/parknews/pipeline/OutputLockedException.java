package org.parknews.pipeline;

import java.io.IOException;

/** Another run holds the output folder's lock; the message names the holder. */
public final class OutputLockedException extends IOException {
    public OutputLockedException(String message) {
        super(message);
    }
}
