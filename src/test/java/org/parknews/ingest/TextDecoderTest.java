package org.parknews.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecoderTest {
    private static final String ARTICLE = "湘潭高新区召开经济工作会议，完成技工贸总收入720.1亿元，同比增长43.6%。"
            + "园区坚持创新驱动，着力打造千亿园区，推动产业转型升级。";
    private static final String TRADITIONAL = "新竹科學園區擴建計畫通過環境影響評估，預計新增就業機會六千個，年產值可望超過新臺幣五千億元。"
            + "管理局表示，廠商須採用高回收率製程，並將興建再生水廠。";

    private final TextDecoder decoder = new TextDecoder();

    static Stream<Arguments> pages() {
        return Stream.of(
                // description, text, bytes charset, BOM, HTTP charset, <meta> charset, expected charset, guessed
                Arguments.of("GBK without any declaration", ARTICLE, "GBK", "", null, null, "GB18030", true),
                Arguments.of("gb2312 declared, really GBK", ARTICLE, "GBK", "", null, "gb2312", "GB18030", false),
                Arguments.of("gb2312 declared, really UTF-8", ARTICLE, "UTF-8", "", null, "gb2312", "UTF-8", true),
                Arguments.of("HTTP says gbk, no meta", ARTICLE, "GBK", "", "gbk", null, "GB18030", false),
                Arguments.of("HTTP says utf-8, bytes GBK", ARTICLE, "GBK", "", "utf-8", null, "GB18030", true),
                Arguments.of("UTF-8 without declaration", ARTICLE, "UTF-8", "", null, null, "UTF-8", false),
                Arguments.of("Big5 declared", TRADITIONAL, "Big5", "", null, "big5", "Big5-HKSCS", false),
                Arguments.of("UTF-16LE with BOM", ARTICLE, "UTF-16LE", "FFFE", null, null, "UTF-16LE", false),
                Arguments.of("UTF-16BE with BOM", ARTICLE, "UTF-16BE", "FEFF", null, null, "UTF-16BE", false),
                Arguments.of("UTF-8 with BOM and a wrong meta", ARTICLE, "UTF-8", "EFBBBF", null, "gbk", "UTF-8", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void decodesEachPageAndSaysWhenItGuessed(String description, String text, String charset, String bom, String http,
                                            String meta, String expectedCharset, boolean guessed) {
        String html = (meta == null ? "<html><head>" : "<html><head><meta charset=\"" + meta + "\">")
                + "<title>t</title></head><body><p>" + text + "</p></body></html>";
        byte[] body = html.getBytes(Charset.forName(charset));
        byte[] prefix = java.util.HexFormat.of().parseHex(bom);
        byte[] bytes = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(body, 0, bytes, prefix.length, body.length);

        DecodedText decoded = decoder.decode(bytes, http, true);

        assertAll(
                () -> assertEquals(html, decoded.text()),
                () -> assertEquals(expectedCharset, decoded.charset()),
                () -> assertEquals(guessed, decoded.warning() != null, String.valueOf(decoded.warning())));
    }

    @ParameterizedTest
    @CsvSource({
            "gb2312, GB18030", "GBK, GB18030", "x-gbk, GB18030", "cp936, GB18030", "gb18030, GB18030",
            "big5, Big5-HKSCS", "utf-8, UTF-8", "UTF8, UTF-8", "iso-8859-1, ISO-8859-1"})
    void charsetLabelsWidenToTheirSuperset(String label, String expected) {
        assertEquals(expected, TextDecoder.lookup(label).name());
    }

    @ParameterizedTest
    @CsvSource({"no-such-charset", "' '"})
    void unknownLabelsAreIgnored(String label) {
        assertEquals(null, TextDecoder.lookup(label));
    }

    @org.junit.jupiter.api.Test
    void plainAsciiIsUtf8AndNoGuess() {
        DecodedText d = decoder.decode("<p>hello</p>".getBytes(StandardCharsets.US_ASCII), null, true);
        assertAll(() -> assertEquals("UTF-8", d.charset()), () -> assertEquals(null, d.warning()));
    }

    /** A U+FFFD that the page really holds is text, not a sign of bytes that failed to decode. */
    @org.junit.jupiter.api.Test
    void aRealReplacementCharacterStaysUtf8() {
        String text = "<p>园区产值\uFFFD增长</p>";
        DecodedText d = decoder.decode(text.getBytes(StandardCharsets.UTF_8), null, true);
        assertAll(() -> assertEquals("UTF-8", d.charset()), () -> assertEquals(text, d.text()),
                () -> assertEquals(null, d.warning()));
    }

    /** One stray byte in otherwise UTF-8 bytes makes them not UTF-8: the declared GBK is used. */
    @org.junit.jupiter.api.Test
    void oneBadByteIsNotUtf8() {
        byte[] gbk = "<meta charset=\"gbk\"><p>高新区</p>".getBytes(java.nio.charset.Charset.forName("GB18030"));
        DecodedText d = decoder.decode(gbk, null, true);
        assertAll(() -> assertEquals("GB18030", d.charset()), () -> assertEquals(true, d.text().contains("高新区")));
    }

    /** The declaration may come after other tags and other metas, in capitals, inside content=. */
    @org.junit.jupiter.api.Test
    void findsAMetaCharsetAmongOtherTags() {
        String html = "<!DOCTYPE html><HTML><HEAD><meta name=\"keywords\" content=\"园区\"><title>t</title>"
                + "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; CHARSET=GB2312\"></HEAD><p>高新区</p>";
        DecodedText d = decoder.decode(html.getBytes(java.nio.charset.Charset.forName("GB18030")), null, true);
        assertAll(() -> assertEquals("GB18030", d.charset()), () -> assertEquals(null, d.warning()),
                () -> assertEquals(true, d.text().contains("高新区")));
    }

    /**
     * The exception-free strict decoding accepts exactly the bytes the JDK's throwing strict
     * decoder accepts, and gives its text: random bytes built to hit the
     * edges of UTF-8 (truncated, overlong and surrogate sequences, stray continuation bytes, a
     * real U+FFFD) and of GB18030.
     */
    @org.junit.jupiter.api.Test
    void strictDecodingAgreesWithTheJdksStrictDecoder() {
        java.util.Random random = new java.util.Random(20261207);
        int[][] pieces = {{0x41}, {0xE5, 0x9B, 0xAD}, {0xEF, 0xBF, 0xBD}, {0xF0, 0x9F, 0x98, 0x80}, {0xC0, 0xAF},
            {0xED, 0xA0, 0x80}, {0xE5, 0x9B}, {0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xC3, 0xA9}, {0xB8, 0xDF}, {0xD0, 0xC2},
            {0x81, 0x30, 0x81, 0x30}, {0xFF}, {0xE0, 0x80, 0x80}, {0x0A}};
        Charset gb18030 = Charset.forName("GB18030");
        int accepted = 0;
        for (int round = 0; round < 20_000; round++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                for (int b : pieces[random.nextInt(pieces.length)]) {
                    bytes.write(b);
                }
            }
            byte[] b = bytes.toByteArray();
            java.util.Optional<String> expectedUtf8 = jdkStrict(b, StandardCharsets.UTF_8);
            accepted += expectedUtf8.isPresent() ? 1 : 0;
            assertEquals(expectedUtf8, TextDecoder.strict(b, StandardCharsets.UTF_8), () -> java.util.HexFormat.of().formatHex(b));
            assertEquals(jdkStrict(b, gb18030), TextDecoder.strict(b, gb18030), () -> java.util.HexFormat.of().formatHex(b));
        }
        // both outcomes are well represented, or the comparison above proves little
        assertEquals(true, accepted > 2_000 && accepted < 18_000, "accepted " + accepted);
    }

    private static java.util.Optional<String> jdkStrict(byte[] bytes, Charset charset) {
        try {
            return java.util.Optional.of(charset.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }
}
