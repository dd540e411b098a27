package org.parknews.extract.quantity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;
import org.parknews.rules.StartChars;
import org.parknews.rules.StartCharsGroup;

/**
 * The patterns of {@code seeds/quantity-masks.tsv}: dates, times, phone and licence numbers,
 * codes and list markers, whose digits are never quantities.
 */
public final class QuantityMasks {
    public static final String FILE = "quantity-masks.tsv";

    /** One named pattern, tried only where its matches can start. */
    public record Mask(String name, StartChars pattern) {
    }

    /** All masks in one scan: the text is read once, not once per mask. */
    private final StartCharsGroup scan;

    QuantityMasks(List<Mask> masks) {
        this.scan = new StartCharsGroup(masks.stream().map(Mask::pattern).toList());
    }

    public static QuantityMasks from(RuleSet rules) {
        List<Mask> masks = new ArrayList<>();
        for (SeedLine line : rules.file(FILE).lines()) {
            try {
                masks.add(new Mask(line.required(0, "name"), new StartChars(Pattern.compile(line.required(1, "regex")))));
            } catch (PatternSyntaxException e) {
                throw line.error("bad regex: " + e.getDescription());
            }
        }
        return new QuantityMasks(masks);
    }

    /** The offsets of {@code text} that lie inside some mask. */
    public BitSet masked(String text) {
        BitSet out = new BitSet(text.length());
        scan.scan(text, (mask, m) -> out.set(m.start(), m.end()));
        return out;
    }
}
