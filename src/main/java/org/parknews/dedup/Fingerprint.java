package org.parknews.dedup;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * A body's near-duplicate fingerprint: a MinHash signature over character shingles plus the
 * number of distinct shingles, which lets containment (a truncated repost inside the
 * original) be estimated, not only Jaccard similarity. Written as {@code mh2:<shingles>:<base64>}.
 */
public record Fingerprint(int shingles, int[] signature) {
    private static final String PREFIX = "mh2";

    @JsonValue
    public String format() {
        ByteBuffer buf = ByteBuffer.allocate(signature.length * Integer.BYTES);
        for (int v : signature) {
            buf.putInt(v);
        }
        return PREFIX + ":" + shingles + ":" + Base64.getEncoder().withoutPadding().encodeToString(buf.array());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Fingerprint parse(String s) {
        String[] parts = s.split(":", 3);
        if (parts.length != 3 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not a fingerprint: " + s);
        }
        ByteBuffer buf = ByteBuffer.wrap(Base64.getDecoder().decode(parts[2]));
        int[] sig = new int[buf.remaining() / Integer.BYTES];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = buf.getInt();
        }
        return new Fingerprint(Integer.parseInt(parts[1]), sig);
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(Fingerprint o) {
        int same = 0;
        for (int i = 0; i < signature.length; i++) {
            if (signature[i] == o.signature[i]) {
                same++;
            }
        }
        return (double) same / signature.length;
    }

    /**
     * Estimated share of the smaller body's shingles found in the other body: 1 for a
     * truncated copy, about 0.9 for a repost with one sentence in ten rewritten.
     */
    public double containment(Fingerprint o) {
        if (shingles == 0 || o.shingles == 0) {
            return 0;
        }
        double j = jaccard(o);
        double intersection = j / (1 + j) * (shingles + o.shingles);
        return Math.min(1, intersection / Math.min(shingles, o.shingles));
    }
}
