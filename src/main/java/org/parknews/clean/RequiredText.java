package org.parknews.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a regex's syntax says about the text of its matches, so that a line can be passed over
 * without running the regex. A run of literals, or a small character class, that a sequence
 * must match constrains it, and a sequence holds all its atoms' constraints (作者\s*[:：] needs
 * 作者 and a colon); an alternation constrains only when all its branches do, by the best
 * constraint of each. Anything the derivation does not read (flags, quoting, intersections, a
 * class escape such as \p{IsHan}) constrains nothing, so the answer is never wrong, only
 * sometimes empty.
 *
 * @param allOf    every match holds one word (sorted) of each of these lists, the most selective
 *                 list first; empty when nothing is known
 * @param anchored whether the pattern opens with {@code ^}, so {@code find} matches only at the start
 */
record RequiredText(List<List<String>> allOf, boolean anchored) {
    private static final RequiredText NOTHING = new RequiredText(List.of(), false);
    /** More lists than this cost more to check than they save: the first one or two reject most lines. */
    private static final int MAX_LISTS = 3;

    /** The constraints {@code pattern}'s syntax shows; none for a pattern compiled with flags. */
    static RequiredText of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return NOTHING;
        }
        Parser parser = new Parser(pattern.pattern());
        try {
            Node root = parser.alternation();
            if (parser.pos != parser.regex.length()) {
                return NOTHING;
            }
            List<List<String>> allOf = new ArrayList<>();
            for (Set<String> words : root.required) {
                List<String> list = List.copyOf(new TreeSet<>(words));
                if (!allOf.contains(list) && allOf.size() < MAX_LISTS) {
                    allOf.add(list);
                }
            }
            return new RequiredText(List.copyOf(allOf), root.anchored);
        } catch (Parser.Unsupported | IndexOutOfBoundsException | NumberFormatException e) {
            return NOTHING;
        }
    }

    /**
     * What is known of one piece of the pattern: word sets every match holds a word of each of
     * (empty: no constraint), most selective first; whether it matches only at the input's
     * start; and the one text it matches if it is a literal.
     */
    private record Node(List<Set<String>> required, boolean anchored, String exact) {
        /** Consumes one character out of {@code chars} (null: any character). */
        static Node oneOf(Set<Character> chars) {
            if (chars == null) {
                return new Node(List.of(), false, null);
            }
            Set<String> words = new TreeSet<>();
            for (char c : chars) {
                words.add(String.valueOf(c));
            }
            return new Node(List.of(words), false, chars.size() == 1 ? words.iterator().next() : null);
        }

        /** Matches exactly {@code text}. */
        static Node literal(String text) {
            return new Node(List.of(Set.of(text)), false, text);
        }

        /** Consumes nothing: a boundary or a lookaround. */
        static Node zeroWidth(boolean anchored) {
            return new Node(List.of(), anchored, null);
        }

        Node optional() {
            return new Node(List.of(), false, null);
        }

        /** The most selective of the word sets, or null for none. */
        Set<String> best() {
            return required.isEmpty() ? null : required.get(0);
        }
    }

    /** Longer shortest word first, then fewer words: the set a line is least likely to hold. */
    private static final Comparator<Set<String>> MOST_SELECTIVE_FIRST = Comparator
            .comparingInt((Set<String> words) -> -words.stream().mapToInt(String::length).min().orElse(0))
            .thenComparingInt(Set::size);

    /** A recursive-descent reader of the {@link Pattern} syntax the seeds use. */
    private static final class Parser {
        /** Larger character sets are not worth checking character by character. */
        private static final int MAX_SET = 64;

        private final String regex;
        private int pos;

        Parser(String regex) {
            this.regex = regex;
        }

        /** Thrown on syntax this reader does not know; the pattern then gets no constraint. */
        private static final class Unsupported extends RuntimeException {
            Unsupported() {
                super(null, null, false, false);
            }
        }

        /** branch ('|' branch)*: constrained only where every branch is, by the union of their best sets. */
        Node alternation() {
            Node result = sequence();
            while (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
                Node branch = sequence();
                Set<String> union = union(result.best(), branch.best());
                result = new Node(union == null ? List.of() : List.of(union), result.anchored && branch.anchored, null);
            }
            return result;
        }

        /**
         * (atom quantifier?)*: requires what each of its atoms and each of its runs of literals
         * requires.
         */
        private Node sequence() {
            List<Set<String>> required = new ArrayList<>();
            boolean anchored = false;
            boolean atStart = true;
            StringBuilder run = new StringBuilder();
            boolean allExact = true;
            while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
                Node atom = atom();
                int before = pos;
                int min = quantifierMin();
                if (min == 0) {
                    atom = atom.optional();
                }
                if (pos == before && atom.exact != null) {
                    // Literals in a row are one word that every match holds.
                    run.append(atom.exact);
                } else {
                    endRun(run, required);
                    allExact = false;
                    required.addAll(atom.required);
                }
                anchored |= atStart && atom.anchored;
                atStart = false;
            }
            String exact = allExact && run.length() > 0 ? run.toString() : null;
            endRun(run, required);
            required.sort(MOST_SELECTIVE_FIRST);
            return new Node(List.copyOf(required), anchored, exact);
        }

        /** A finished run of literals becomes one required word. */
        private static void endRun(StringBuilder run, List<Set<String>> required) {
            if (run.length() > 0) {
                required.add(Set.of(run.toString()));
                run.setLength(0);
            }
        }

        private Node atom() {
            char c = regex.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return Node.oneOf(characterClass());
                case '\\':
                    return escape();
                case '.':
                    pos++;
                    return Node.oneOf(null);
                case '^':
                    pos++;
                    return Node.zeroWidth(true);
                case '$':
                    pos++;
                    return Node.zeroWidth(false);
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported();
                default:
                    // A supplementary character is a surrogate pair, matched as a whole.
                    String literal = new String(Character.toChars(regex.codePointAt(pos)));
                    pos += literal.length();
                    return Node.literal(literal);
            }
        }

        private Node group() {
            pos++;
            boolean lookaround = false;
            if (regex.charAt(pos) == '?') {
                pos++;
                char kind = regex.charAt(pos);
                if (kind == ':' || kind == '>') {
                    pos++;
                } else if (kind == '=' || kind == '!') {
                    pos++;
                    lookaround = true;
                } else if (kind == '<' && (regex.charAt(pos + 1) == '=' || regex.charAt(pos + 1) == '!')) {
                    pos += 2;
                    lookaround = true;
                } else if (kind == '<') {
                    pos = after('>');
                } else {
                    // Inline flags such as (?i) change what every later literal matches.
                    throw new Unsupported();
                }
            }
            Node inside = alternation();
            if (pos >= regex.length() || regex.charAt(pos) != ')') {
                throw new Unsupported();
            }
            pos++;
            // A lookaround's characters need not be inside the match, and it consumes none.
            return lookaround ? Node.zeroWidth(false) : inside;
        }

        /** A positive class of literals and ranges; null (any character) for negation or class escapes. */
        private Set<Character> characterClass() {
            pos++;
            boolean constrained = regex.charAt(pos) != '^';
            if (!constrained) {
                pos++;
            }
            if (regex.charAt(pos) == ']') {
                throw new Unsupported();
            }
            Set<Character> chars = new TreeSet<>();
            while (regex.charAt(pos) != ']') {
                char c = regex.charAt(pos);
                if (c == '[' || c == '&' && regex.charAt(pos + 1) == '&') {
                    throw new Unsupported();
                }
                Character low = classMember();
                if (low == null) {
                    constrained = false;
                    continue;
                }
                if (regex.charAt(pos) == '-' && regex.charAt(pos + 1) != ']') {
                    pos++;
                    Character high = classMember();
                    if (high == null || high < low) {
                        throw new Unsupported();
                    }
                    if (high - low >= MAX_SET) {
                        constrained = false;
                        continue;
                    }
                    for (int r = low; r <= high; r++) {
                        chars.add((char) r);
                    }
                } else {
                    chars.add(low);
                }
            }
            pos++;
            return constrained && chars.size() <= MAX_SET ? chars : null;
        }

        /** One member of a class: its character, or null for a class escape (\s, \p{…}). */
        private Character classMember() {
            char c = regex.charAt(pos);
            if (c != '\\') {
                pos++;
                return c;
            }
            Node escaped = escape();
            return escaped.exact == null ? null : escaped.exact.charAt(0);
        }

        /** A backslash escape: a literal, a class (any character) or a boundary (zero width). */
        private Node escape() {
            pos++;
            char c = regex.charAt(pos++);
            switch (c) {
                case 't': return Node.oneOf(Set.of('\t'));
                case 'n': return Node.oneOf(Set.of('\n'));
                case 'r': return Node.oneOf(Set.of('\r'));
                case 'f': return Node.oneOf(Set.of('\f'));
                case 'a': return Node.oneOf(Set.of('\u0007'));
                case 'e': return Node.oneOf(Set.of('\u001B'));
                case 'u':
                    pos += 4;
                    return Node.oneOf(Set.of((char) Integer.parseInt(regex.substring(pos - 4, pos), 16)));
                case 'p':
                case 'P':
                    pos = regex.charAt(pos) == '{' ? after('}') : pos + 1;
                    return Node.oneOf(null);
                case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
                case 'R': case 'X':
                    return Node.oneOf(null);
                case 'b': case 'B': case 'z': case 'Z': case 'G':
                    return Node.zeroWidth(false);
                case 'A':
                    return Node.zeroWidth(true);
                default:
                    if (Character.isLetterOrDigit(c)) {
                        // \Q quoting, \x, octal and \c escapes, back references: not read here.
                        throw new Unsupported();
                    }
                    return Node.oneOf(Set.of(c));
            }
        }

        /** The least number of times the preceding atom must match: 1 without a quantifier. */
        private int quantifierMin() {
            if (pos >= regex.length()) {
                return 1;
            }
            int min;
            char c = regex.charAt(pos);
            if (c == '?' || c == '*') {
                pos++;
                min = 0;
            } else if (c == '+') {
                pos++;
                min = 1;
            } else if (c == '{') {
                int close = after('}');
                min = Integer.parseInt(regex.substring(pos + 1, close - 1).split(",", -1)[0].strip());
                pos = close;
            } else {
                return 1;
            }
            // A lazy (?) or possessive (+) mark changes how, not how often, the atom matches.
            if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
                pos++;
            }
            return min;
        }

        /** The position after the next {@code c}. */
        private int after(char c) {
            int at = regex.indexOf(c, pos);
            if (at < 0) {
                throw new Unsupported();
            }
            return at + 1;
        }

        /** Either set's members; null (no constraint) when either is unconstrained or the union is too large. */
        private static <T> Set<T> union(Set<T> a, Set<T> b) {
            if (a == null || b == null) {
                return null;
            }
            Set<T> u = new TreeSet<>(a);
            u.addAll(b);
            return u.size() <= MAX_SET ? u : null;
        }
    }
}
