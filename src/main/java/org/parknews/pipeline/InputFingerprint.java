package org.parknews.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.parknews.ingest.Hashing;

/** An input file's size and content hash, which decide whether a rerun must redo it. */
public record InputFingerprint(long size, String sha256) {

    /** Streams the file through SHA-256, so inputs of any size are hashed in constant memory. */
    public static InputFingerprint of(Path file) throws IOException {
        MessageDigest digest = Hashing.digest();
        long size = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                digest.update(buf, 0, n);
                size += n;
            }
        }
        return new InputFingerprint(size, HexFormat.of().formatHex(digest.digest()));
    }
}
