package org.parknews.extract.quantity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;

/** The units of {@code seeds/units.tsv}, looked up longest surface first. */
public final class UnitTable {
    public static final String FILE = "units.tsv";

    private final List<UnitDef> bySurfaceLength;

    private UnitTable(List<UnitDef> units) {
        this.bySurfaceLength = units.stream()
                .sorted(Comparator.comparingInt((UnitDef u) -> -u.surface().length())).toList();
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
        return new UnitDef(line.required(0, "surface"), line.required(1, "base unit"), factor, line.required(3, "kind"));
    }

    /** The longest unit written at {@code offset} in {@code text}. */
    public Optional<UnitDef> at(String text, int offset) {
        for (UnitDef u : bySurfaceLength) {
            if (text.startsWith(u.surface(), offset)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
