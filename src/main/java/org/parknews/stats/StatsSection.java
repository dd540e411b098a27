package org.parknews.stats;

import java.util.List;
import java.util.Map;

/** One titled table of counts, shared by the terminal and the HTML rendering. */
record StatsSection(String title, List<Map.Entry<String, Long>> rows) {

    static List<StatsSection> of(CorpusStats s, int top) {
        return List.of(
                new StatsSection("Articles by year", s.years().byKey()),
                new StatsSection("Articles by site", s.sites().top(top)),
                new StatsSection("Parks (articles naming them)", s.parks().top(top)),
                new StatsSection("People (articles naming them)", s.people().top(top)),
                new StatsSection("Companies (articles naming them)", s.companies().top(top)),
                new StatsSection("Facts by unit", s.units().top(top)),
                new StatsSection("Facts by metric", s.metrics().top(top)));
    }
}
