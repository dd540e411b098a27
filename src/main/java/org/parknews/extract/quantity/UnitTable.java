package org.parknews.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;

/**
 * The units of {@code seeds/units.tsv}, indexed by first character: the unit written right
 * after a number is found by comparing the few surfaces that start with the next character,
 * longest first. It is asked after every number and at every scale character, so a lookup
 * compares a few strings rather than building a window and a list of trie matches.
 */
public final class UnitTable {
    public static final String FILE = "units.tsv";

    /** The units starting with each character, longest surface first. */
    private final Map<Character, List<UnitDef>> byFirstChar = new HashMap<>();

    UnitTable(List<UnitDef> units) {
        Map<String, UnitDef> bySurface = new HashMap<>();
        for (UnitDef u : units) {
            bySurface.put(u.surface(), u); // a surface listed twice: the later line counts
        }
        for (UnitDef u : bySurface.values()) {
            byFirstChar.computeIfAbsent(u.surface().charAt(0), c -> new ArrayList<>()).add(u);
        }
        for (List<UnitDef> sameStart : byFirstChar.values()) {
            sameStart.sort(Comparator.comparingInt((UnitDef u) -> -u.surface().length()));
        }
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

    /** The longest unit written at {@code offset} in {@code text} that is not the start of a longer word. */
    public Optional<UnitDef> at(String text, int offset) {
        if (offset >= text.length()) {
            return Optional.empty();
        }
        for (UnitDef u : byFirstChar.getOrDefault(text.charAt(offset), List.of())) {
            if (text.startsWith(u.surface(), offset) && u.fits(text, offset)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
