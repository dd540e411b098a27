package org.parknews.eval;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.parknews.ingest.ContentType;
import org.parknews.ingest.Hashing;
import org.parknews.ingest.RawDocument;
import org.parknews.ingest.SourceInfo;

/** Text typed on the command line as a text-dump document whose body is exactly that text. */
public final class TypedText {
    /** The record id and source path a typed text gets. */
    public static final String ID = "typed-text";
    /**
     * A text dump's first short line becomes its headline; this line takes that place so every
     * typed line stays in the body, however short the first one is.
     */
    static final String HEADLINE = "typed text";

    private TypedText() {
    }

    public static RawDocument document(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SourceInfo source = new SourceInfo("<" + ID + ">", Hashing.sha256(bytes), "text", "UTF-8", null, null);
        return new RawDocument(ID, source, ContentType.TEXT, HEADLINE + "\n" + text, Map.of(), List.of());
    }
}
