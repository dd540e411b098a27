package org.parknews.ingest;

/** Shortens stack traces to the first lines, which is what an error log reader needs. */
public final class StackTraces {
    private StackTraces() {
    }

    public static String head(Throwable t, int lines) {
        StringBuilder sb = new StringBuilder(t.toString());
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(lines, frames.length); i++) {
            sb.append("\n\tat ").append(frames[i]);
        }
        return sb.toString();
    }
}
