package org.parknews.pipeline;

import org.parknews.ingest.Hashing;

/**
 * Output file names from record ids, which come from untrusted inputs: anything but letters,
 * digits, CJK, dot, dash and underscore is replaced, the length is capped, and a short hash of
 * the original id is appended whenever the name had to change, so distinct ids stay distinct
 * and no id can name a path outside the output folder.
 */
public final class SafeFileName {
    private static final int MAX_LENGTH = 120;

    private SafeFileName() {
    }

    public static String of(String id) {
        StringBuilder sb = new StringBuilder();
        id.codePoints().forEach(cp -> {
            boolean safe = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.';
            sb.appendCodePoint(safe ? cp : '_');
        });
        String name = sb.toString();
        while (name.startsWith(".")) {
            name = "_" + name.substring(1);
        }
        // Names starting with _ are the run's own files (_summary.json, _errors.jsonl).
        boolean reserved = name.isEmpty() || name.startsWith("_");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH);
        }
        if (!name.equals(id) || reserved) {
            name = name + "~" + Hashing.sha256(id).substring(0, 10);
        }
        return name;
    }
}
