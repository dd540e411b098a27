package org.parknews.pipeline;

import org.parknews.ingest.Hashing;

/**
 * Output file names from record ids, which come from untrusted inputs: anything but letters,
 * digits, CJK, dot, dash and underscore is replaced, the length is capped, and a short hash of
 * the original id is appended whenever the name had to change, so distinct ids stay distinct
 * and no id can name a path outside the output folder.
 */
public final class SafeFileName {
    /**
     * In UTF-8 bytes: file systems cap a name at 255 bytes, and a CJK character takes three, so a
     * cap in characters would let 120 Chinese characters (360 bytes) fail the write.
     */
    private static final int MAX_BYTES = 150;

    private SafeFileName() {
    }

    public static String of(String id) {
        StringBuilder sb = new StringBuilder();
        boolean leading = true;
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            i += Character.charCount(cp);
            // Leading dots would make hidden files, "." or ".."; they become _ like any unsafe character.
            boolean safe = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' && !leading;
            leading &= cp == '.';
            sb.appendCodePoint(safe ? cp : '_');
        }
        String name = sb.toString();
        // Names starting with _ are the run's own files (_summary.json, _errors.jsonl).
        boolean reserved = name.isEmpty() || name.startsWith("_");
        name = truncate(name);
        if (!name.equals(id) || reserved) {
            name = name + "~" + Hashing.sha256(id).substring(0, 10);
        }
        return name;
    }

    /** The longest prefix of whole code points within {@link #MAX_BYTES} UTF-8 bytes. */
    private static String truncate(String name) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > MAX_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }
}
