package org.parknews.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text: BOM first, then a declared charset if the bytes agree with it, then
 * strict UTF-8, then a statistical detector. Crawled Chinese pages often declare gb2312 while
 * being UTF-8 or GBK, so no declaration is trusted without a strict decode.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

    /** Decodes {@code bytes}; {@code declared} (from an HTTP header) may be null. */
    public DecodedText decode(byte[] bytes, String declared, boolean sniffHtmlMeta) {
        Optional<DecodedText> bom = decodeBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        String declaration = declared != null ? declared : sniffHtmlMeta ? sniffMetaCharset(bytes) : null;
        Charset declaredCharset = lookup(declaration);
        if (declaredCharset != null) {
            Optional<String> text = strict(bytes, declaredCharset);
            if (text.isPresent()) {
                return new DecodedText(text.get(), declaredCharset.name(), false);
            }
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), "UTF-8", false);
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            Optional<String> text = strict(bytes, detected);
            if (text.isPresent()) {
                return new DecodedText(text.get(), detected.name(), true);
            }
        }
        Optional<String> gb = strict(bytes, GB18030);
        if (gb.isPresent()) {
            return new DecodedText(gb.get(), GB18030.name(), true);
        }
        Charset fallback = detected != null ? detected : declaredCharset != null ? declaredCharset : StandardCharsets.UTF_8;
        return new DecodedText(new String(bytes, fallback), fallback.name(), true);
    }

    /** Resolves a charset label; gb2312 and gbk widen to GB18030, their superset, as browsers do. */
    static Charset lookup(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.equals("gb2312") || l.equals("gbk") || l.equals("gb_2312-80") || l.equals("x-gbk") || l.equals("cp936")) {
            return GB18030;
        }
        try {
            return Charset.forName(l);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static Optional<DecodedText> decodeBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8", false));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false));
        }
        return Optional.empty();
    }

    private static String sniffMetaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        return lookup(detector.getDetectedCharset());
    }
}
