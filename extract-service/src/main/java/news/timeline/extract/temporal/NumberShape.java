package news.timeline.extract.temporal;

import java.util.List;

/**
 * The number-like pattern elements, which may span several tokens: {@code #num} a cardinal in digits or words
 * ("24", "1,000", "twenty-four", "a hundred"), {@code #year} a year ("1998", "nineteen ninety-six", "'98"),
 * {@code #day} a day of the month ("16", "16th", "sixteenth"), {@code #ord} an ordinal ("20th", "third"),
 * {@code #decade} "1990s" / "'90s" (value: the year 1990), and digit runs with an exact length and range,
 * {@code #d2[0-59]}, or any length up to 2, {@code #d[1-12]}.
 */
final class NumberShape {
    private enum Kind { NUM, YEAR, YEARWORD, DAY, ORD, DECADE, DIGITS }

    private final Kind kind;
    private final int exactLength;
    private final long min;
    private final long max;

    private NumberShape(Kind kind, int exactLength, long min, long max) {
        this.kind = kind;
        this.exactLength = exactLength;
        this.min = min;
        this.max = max;
    }

    static NumberShape parse(String spec) {
        switch (spec) {
            case "#num": return new NumberShape(Kind.NUM, 0, 0, Long.MAX_VALUE);
            case "#year": return new NumberShape(Kind.YEAR, 0, 1000, 2199);
            case "#yearword": return new NumberShape(Kind.YEARWORD, 0, 1000, 2199);
            case "#day": return new NumberShape(Kind.DAY, 0, 1, 31);
            case "#ord": return new NumberShape(Kind.ORD, 0, 1, 1000);
            case "#decade": return new NumberShape(Kind.DECADE, 0, 0, 2190);
            default:
                break;
        }
        if (spec.startsWith("#d") && spec.contains("[") && spec.endsWith("]")) {
            String len = spec.substring(2, spec.indexOf('['));
            String[] range = spec.substring(spec.indexOf('[') + 1, spec.length() - 1).split("-");
            return new NumberShape(Kind.DIGITS, len.isEmpty() ? 0 : Integer.parseInt(len),
                    Long.parseLong(range[0]), Long.parseLong(range[1]));
        }
        throw new IllegalArgumentException("unknown number shape " + spec);
    }

    List<String> startKeys() {
        return switch (kind) {
            case NUM -> List.of("k:num", "c:numword");
            case YEAR -> List.of("k:num", "c:numword", "w:'");
            case YEARWORD -> List.of("c:numword");
            case DAY -> List.of("k:num", "k:alnum", "c:ordinal");
            case ORD -> List.of("k:alnum", "c:ordinal");
            case DECADE -> List.of("k:alnum", "w:'");
            case DIGITS -> List.of("k:num");
        };
    }

    /** @return {end token, value} or null */
    long[] match(Tokens t, int i, Lexicon lex) {
        return switch (kind) {
            case NUM -> cardinal(t, i, lex);
            case YEAR -> year(t, i, lex);
            case YEARWORD -> t.kind[i] == Tokens.WORD ? year(t, i, lex) : null;
            case DAY -> day(t, i, lex);
            case ORD -> ordinal(t, i, lex);
            case DECADE -> decade(t, i);
            case DIGITS -> digits(t, i);
        };
    }

    private long[] digits(Tokens t, int i) {
        if (t.kind[i] != Tokens.NUMBER) {
            return null;
        }
        String w = t.lower[i];
        int len = w.length();
        if (exactLength > 0 ? len != exactLength : len > 4) {
            return null;
        }
        long v = Long.parseLong(w);
        return v >= min && v <= max ? new long[] {i + 1, v} : null;
    }

    private static long[] cardinal(Tokens t, int i, Lexicon lex) {
        if (t.kind[i] == Tokens.NUMBER) {
            String w = t.lower[i];
            if (w.length() > 9) {
                return null;
            }
            long v = Long.parseLong(w);
            int end = i + 1;
            // thousands separators: "1,000"
            while (w.length() <= 3 && end + 1 < t.size && t.lower[end].equals(",") && t.kind[end + 1] == Tokens.NUMBER
                    && t.lower[end + 1].length() == 3 && t.attachedToPrevious(end) && t.attachedToPrevious(end + 1)
                    && v < 1_000_000_000L) {
                v = v * 1000 + Long.parseLong(t.lower[end + 1]);
                end += 2;
            }
            return new long[] {end, v};
        }
        return spelledCardinal(t, i, lex);
    }

    /** "twenty four", "twenty-four", "one hundred thirty", "two thousand". */
    private static long[] spelledCardinal(Tokens t, int i, Lexicon lex) {
        final int none = 0, unit = 1, teen = 2, tens = 3, tensUnit = 4, hundred = 5, big = 6;
        long total = 0;
        long group = 0;
        int last = none;
        int end = i;
        int j = i;
        while (j < t.size) {
            String v = lex.value(t.lower[j], "numword");
            if (v == null) {
                break;
            }
            long n = Long.parseLong(v);
            if (n < 10) {
                if (!(last == none || last == tens || last == hundred || last == big)) {
                    break;
                }
                group += n;
                last = last == tens ? tensUnit : unit;
            } else if (n < 100) {
                if (!(last == none || last == hundred || last == big)) {
                    break;
                }
                group += n;
                last = n < 20 ? teen : tens;
            } else if (n == 100) {
                if (last == hundred || last == big && group == 0) {
                    break;
                }
                group = Math.max(group, 1) * 100;
                last = hundred;
            } else {
                if (last == big) {
                    break;
                }
                total += Math.max(group, 1) * n;
                group = 0;
                last = big;
            }
            end = j + 1;
            j++;
            if (j + 1 < t.size && t.lower[j].equals("-") && t.attachedToPrevious(j) && t.attachedToPrevious(j + 1)
                    && lex.value(t.lower[j + 1], "numword") != null) {
                j++;
            } else if (j + 1 < t.size && t.lower[j].equals("and") && (last == hundred || last == big)
                    && lex.value(t.lower[j + 1], "numword") != null) {
                j++;
            }
        }
        return end == i ? null : new long[] {end, total + group};
    }

    private long[] year(Tokens t, int i, Lexicon lex) {
        if (t.kind[i] == Tokens.NUMBER) {
            String w = t.lower[i];
            if (w.length() != 4) {
                return null;
            }
            long v = Long.parseLong(w);
            return v >= min && v <= max ? new long[] {i + 1, v} : null;
        }
        if (t.lower[i].equals("'") && i + 1 < t.size && t.kind[i + 1] == Tokens.NUMBER
                && t.lower[i + 1].length() == 2 && t.attachedToPrevious(i + 1)) {
            long v = Long.parseLong(t.lower[i + 1]);
            return new long[] {i + 2, v < 30 ? 2000 + v : 1900 + v};
        }
        // "nineteen ninety-six"
        String first = lex.value(t.lower[i], "numword");
        if (first == null) {
            return null;
        }
        long century = Long.parseLong(first);
        if (century >= 10 && century <= 20 && i + 1 < t.size) {
            long[] rest = spelledCardinal(t, i + 1, lex);
            if (rest != null && rest[1] >= 10 && rest[1] < 100) {
                return new long[] {rest[0], century * 100 + rest[1]};
            }
        }
        return null;
    }

    private static long[] day(Tokens t, int i, Lexicon lex) {
        if (t.kind[i] == Tokens.NUMBER) {
            String w = t.lower[i];
            if (w.length() > 2) {
                return null;
            }
            long v = Long.parseLong(w);
            return v >= 1 && v <= 31 ? new long[] {i + 1, v} : null;
        }
        long[] o = ordinal(t, i, lex);
        return o != null && o[1] >= 1 && o[1] <= 31 ? o : null;
    }

    private static long[] ordinal(Tokens t, int i, Lexicon lex) {
        String w = t.lower[i];
        if (t.kind[i] == Tokens.ALNUM) {
            int k = 0;
            while (k < w.length() && Character.isDigit(w.charAt(k))) {
                k++;
            }
            String suffix = w.substring(k);
            if (k == 0 || k > 4 || !(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
                    || suffix.equals("th"))) {
                return null;
            }
            return new long[] {i + 1, Long.parseLong(w.substring(0, k))};
        }
        // "twenty-first": a tens word, a hyphen, an ordinal
        String tens = lex.value(w, "numword");
        if (tens != null && i + 2 < t.size && t.lower[i + 1].equals("-")) {
            String ones = lex.value(t.lower[i + 2], "ordinal");
            if (ones != null && Long.parseLong(tens) >= 20 && Long.parseLong(ones) < 10) {
                return new long[] {i + 3, Long.parseLong(tens) + Long.parseLong(ones)};
            }
        }
        String v = lex.value(w, "ordinal");
        return v == null ? null : new long[] {i + 1, Long.parseLong(v)};
    }

    private static long[] decade(Tokens t, int i) {
        int j = i;
        boolean apostrophe = false;
        if (t.lower[i].equals("'") && i + 1 < t.size && t.attachedToPrevious(i + 1)) {
            j = i + 1;
            apostrophe = true;
        }
        String w = t.lower[j];
        if (t.kind[j] == Tokens.ALNUM && w.endsWith("s")) {
            String digits = w.substring(0, w.length() - 1);
            if (digits.length() == 4 && digits.endsWith("0") && digits.chars().allMatch(Character::isDigit)) {
                return new long[] {j + 1, Long.parseLong(digits)};
            }
            if (digits.length() == 2 && digits.endsWith("0") && digits.chars().allMatch(Character::isDigit)) {
                return new long[] {j + 1, 1900 + Long.parseLong(digits)};
            }
        } else if (apostrophe && t.kind[j] == Tokens.NUMBER && w.length() == 2 && w.endsWith("0")
                && j + 1 < t.size && t.lower[j + 1].equals("s") && t.attachedToPrevious(j + 1)) {
            return new long[] {j + 2, 1900 + Long.parseLong(w)};
        }
        return null;
    }
}
