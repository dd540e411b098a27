package org.parknews.extract.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.parknews.rules.Lexicon;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;

/**
 * The units of {@code seeds/units.tsv} in a trie: the unit written right after a number is
 * found with one short trie pass over the next few characters, longest surface first.
 */
public final class UnitTable {
    public static final String FILE = "units.tsv";

    private final Lexicon<UnitDef> lexicon;
    private final int longest;

    UnitTable(List<UnitDef> units) {
        Map<String, UnitDef> bySurface = new HashMap<>();
        int max = 0;
        for (UnitDef u : units) {
            bySurface.put(u.surface(), u);
            max = Math.max(max, u.surface().length());
        }
        this.lexicon = new Lexicon<>(bySurface);
        this.longest = max;
    }

    public static UnitTable from(RuleSet rules) {
        return new UnitTable(rules.file(FILE).lines().stream().map(UnitTable::parse).toList());
    }

    private static UnitDef parse(SeedLine line) {
        double factor;
        try {
            factor = Double.parseDouble(line.required(2, "factor"));
        } catch (NumberFormatException e) {
            throw line.error("factor is not a number: " + line.column(2));
        }
        Pattern notFollowedBy;
        try {
            notFollowedBy = line.column(4).isEmpty() ? null : Pattern.compile(line.column(4));
        } catch (PatternSyntaxException e) {
            throw line.error("bad regex in column 5: " + e.getDescription());
        }
        return new UnitDef(line.required(0, "surface"), line.required(1, "base unit"), factor, line.required(3, "kind"),
                notFollowedBy);
    }

    /** The longest unit written at {@code offset} in {@code text}. */
    public Optional<UnitDef> at(String text, int offset) {
        if (offset >= text.length()) {
            return Optional.empty();
        }
        String window = text.substring(offset, Math.min(text.length(), offset + longest));
        UnitDef best = null;
        for (Lexicon.Match<UnitDef> m : lexicon.findAll(window)) {
            if (m.start() == 0 && (best == null || m.end() > best.surface().length()) && m.value().fits(text, offset)) {
                best = m.value();
            }
        }
        return Optional.ofNullable(best);
    }
}
