package org.parknews.clean;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.PatternSyntaxException;
import org.parknews.rules.RuleSet;
import org.parknews.rules.SeedLine;

/**
 * The line patterns of {@code seeds/boilerplate.txt}: site chrome to drop, lines that start a
 * footer, image captions, image placeholders, sign-off lines that end an article, and lines
 * that name the site.
 */
public final class BoilerplateRules {
    public static final String FILE = "boilerplate.txt";

    /** What a matching line is. */
    public enum Kind { DROP, FOOTER, CAPTION, IMAGE, SIGNOFF, SITE }

    /** The rules of each kind, in file order: every question asks about one kind only. */
    private final Map<Kind, List<GuardedPattern>> rules;
    private final FoldedStartGate siteGate;

    private BoilerplateRules(Map<Kind, List<GuardedPattern>> rules) {
        this.rules = rules;
        this.siteGate = new FoldedStartGate(rules.get(Kind.SITE));
    }

    public static BoilerplateRules from(RuleSet rules) {
        Map<Kind, List<GuardedPattern>> parsed = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            parsed.put(kind, new ArrayList<>());
        }
        for (SeedLine line : rules.file(FILE).lines()) {
            Kind kind;
            try {
                kind = Kind.valueOf(line.required(0, "kind").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown kind '" + line.column(0) + "' (drop, footer, caption, image, signoff or site)");
            }
            try {
                parsed.get(kind).add(GuardedPattern.compile(line.required(1, "pattern")));
            } catch (PatternSyntaxException e) {
                throw line.error("bad pattern: " + e.getDescription());
            }
        }
        return new BoilerplateRules(parsed);
    }

    /** The rules of one kind, in file order. */
    List<GuardedPattern> rulesOf(Kind kind) {
        return rules.get(kind);
    }

    /** Whether a rule of this kind matches somewhere in the line. */
    public boolean matches(Kind kind, String line) {
        return matchesMatchText(kind, MatchText.of(line));
    }

    /**
     * {@link #matches} for a line already in its {@link MatchText} form: a caller asking about
     * one line several times folds it once.
     */
    public boolean matchesMatchText(Kind kind, String matchText) {
        for (GuardedPattern rule : rules.get(kind)) {
            if (rule.find(matchText)) {
                return true;
            }
        }
        return false;
    }

    /** The writers' names a {@code signoff} rule captures (its group 1) from the whole line, if it is one. */
    public Optional<String> signoffNames(String line) {
        return signoffNames(line, MatchText.of(line));
    }

    /** {@link #signoffNames(String)} for a line whose {@link MatchText} form the caller has. */
    public Optional<String> signoffNames(String line, String matchText) {
        for (GuardedPattern rule : rules.get(Kind.SIGNOFF)) {
            if (rule.mayMatch(matchText)) {
                Matcher m = rule.matcher(matchText);
                if (m.matches() && m.groupCount() >= 1 && m.group(1) != null) {
                    return Optional.of(line.substring(m.start(1), m.end(1)).strip());
                }
            }
        }
        return Optional.empty();
    }

    /** The site name a {@code site} rule captures (its group 1) from the line, if any. */
    public Optional<String> siteName(String line) {
        if (!siteGate.mayPass(line)) {
            return Optional.empty();
        }
        String l = MatchText.of(line);
        for (GuardedPattern rule : rules.get(Kind.SITE)) {
            if (rule.mayFind(l)) {
                Matcher m = rule.matcher(l);
                if (m.find() && m.groupCount() >= 1 && m.group(1) != null && !m.group(1).isBlank()) {
                    return Optional.of(line.substring(m.start(1), m.end(1)).strip());
                }
            }
        }
        return Optional.empty();
    }
}
