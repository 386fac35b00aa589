package news.timeline.extract.temporal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rules file. Each rule is a block:
 * <pre>
 * rule month_day_year
 *   match &lt;month&gt;:m #day:d ,? #year:y
 *   value DATE date(y=$y, m=$m, d=$d)
 *   ex    Prices fell on [July 16, 2018] | 2018-08-01 | DATE 2018-07-16
 * </pre>
 * {@code match} may repeat; every rule needs at least one {@code ex} (a DCT of {@code -} means unknown; an
 * expectation of {@code none} means no expression there).
 */
public final class RuleBook {
    private static final Pattern VALUE = Pattern.compile("(DATE|TIME|DURATION|SET)\\s+(\\w+)\\((.*)\\)");

    final List<Rule> rules;
    final List<RuleExample> examples;

    private RuleBook(List<Rule> rules, List<RuleExample> examples) {
        this.rules = rules;
        this.examples = examples;
    }

    static List<String> resourceLines(String name) {
        try (InputStream in = RuleBook.class.getResourceAsStream("/temporal/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource temporal/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped rules with their examples. */
    public static RuleBook load() {
        return parse(resourceLines("rules.txt"), true);
    }

    public List<RuleExample> examples() {
        return examples;
    }

    public List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }

    /** The literal words of the patterns, which the tokenizer must know. */
    java.util.Set<String> words() {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (Rule rule : rules) {
            for (PatternElement[] pattern : rule.patterns()) {
                for (PatternElement e : pattern) {
                    words.addAll(List.of(e.literals));
                }
            }
        }
        return words;
    }

    static RuleBook parse(List<String> lines, boolean keepExamples) {
        List<Rule> rules = new ArrayList<>();
        List<RuleExample> examples = new ArrayList<>();
        String id = null;
        List<PatternElement[]> patterns = new ArrayList<>();
        String value = null;
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String rest = space < 0 ? "" : line.substring(space + 1).strip();
            switch (key) {
                case "rule" -> {
                    if (id != null) {
                        rules.add(build(id, patterns, value, rules.size()));
                    }
                    id = rest;
                    patterns = new ArrayList<>();
                    value = null;
                }
                case "match" -> patterns.add(parsePattern(rest));
                case "value" -> value = rest;
                case "ex" -> {
                    if (keepExamples) {
                        examples.add(parseExample(id, rest));
                    }
                }
                default -> throw new IllegalArgumentException("rules.txt line " + lineNo + ": " + raw);
            }
        }
        if (id != null) {
            rules.add(build(id, patterns, value, rules.size()));
        }
        return new RuleBook(List.copyOf(rules), List.copyOf(examples));
    }

    private static PatternElement[] parsePattern(String spec) {
        String[] parts = spec.split("\\s+");
        PatternElement[] elements = new PatternElement[parts.length];
        for (int i = 0; i < parts.length; i++) {
            elements[i] = PatternElement.parse(parts[i]);
        }
        return elements;
    }

    private static Rule build(String id, List<PatternElement[]> patterns, String value, int order) {
        if (patterns.isEmpty() || value == null) {
            throw new IllegalArgumentException("rule " + id + " needs match and value lines");
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("rule " + id + ": bad value " + value);
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (String arg : m.group(3).split(",")) {
            String a = arg.strip();
            if (a.isEmpty()) {
                continue;
            }
            int eq = a.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("rule " + id + ": argument without name " + a);
            }
            args.put(a.substring(0, eq).strip(), a.substring(eq + 1).strip());
        }
        Normalizer.checkFunction(id, m.group(2), args.keySet());
        return new Rule(id, List.copyOf(patterns), TimexType.valueOf(m.group(1)), m.group(2), args, order);
    }

    private static RuleExample parseExample(String id, String spec) {
        String[] parts = spec.split("\\|");
        if (parts.length != 3) {
            throw new IllegalArgumentException("rule " + id + ": example needs text | dct | expected: " + spec);
        }
        String dct = parts[1].strip();
        String[] expected = parts[2].strip().split("\\s+");
        if (expected[0].equals("none")) {
            return new RuleExample(id, parts[0].strip(), dct.equals("-") ? null : LocalDate.parse(dct), null, null,
                    null);
        }
        return new RuleExample(id, parts[0].strip(), dct.equals("-") ? null : LocalDate.parse(dct),
                TimexType.valueOf(expected[0]), expected[1], expected.length > 2 ? expected[2] : null);
    }
}
