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

    /** The words the shapes compare tokens with, besides the lexicon's number words. */
    static final List<String> WORDS = List.of("and", "s");

    List<String> startKeys() {
        return switch (kind) {
            case NUM -> List.of("k:num", "c:numword");
            case YEAR -> List.of("k:num", "c:numword", "w:'");
            case YEARWORD -> List.of("c:numword");
            case DAY -> List.of("k:num", "k:alnum", "c:ordinal", "c:numword");
            case ORD -> List.of("k:alnum", "c:ordinal", "c:numword");
            case DECADE -> List.of("k:alnum", "w:'");
            case DIGITS -> List.of("k:num");
        };
    }

    /**
     * The keys of a token that can come second in this shape, after its first: "1 , 000", "twenty - four",
     * "one hundred and five", "nineteen ninety", "' 98", "' 90s", "twenty - first".
     */
    List<String> continuationKeys() {
        return switch (kind) {
            case NUM -> List.of("w:,", "w:-", "w:and", "c:numword");
            case YEAR -> List.of("k:num", "c:numword");
            case YEARWORD -> List.of("c:numword");
            case DAY, ORD -> List.of("w:-");
            case DECADE -> List.of("k:num", "k:alnum");
            case DIGITS -> List.of();
        };
    }

    /**
     * Matches from token i; on success writes {end token, value} into out (a caller's buffer, so that matching
     * allocates nothing).
     */
    boolean match(Tokens t, int i, Lexicon lex, long[] out) {
        return switch (kind) {
            case NUM -> cardinal(t, i, lex, out);
            case YEAR -> year(t, i, lex, out);
            case YEARWORD -> t.kind[i] == Tokens.WORD && year(t, i, lex, out);
            case DAY -> day(t, i, lex, out);
            case ORD -> ordinal(t, i, lex, out);
            case DECADE -> decade(t, i, out);
            case DIGITS -> digits(t, i, out);
        };
    }

    private static boolean found(long[] out, long end, long value) {
        out[0] = end;
        out[1] = value;
        return true;
    }

    private boolean digits(Tokens t, int i, long[] out) {
        if (t.kind[i] != Tokens.NUMBER) {
            return false;
        }
        String w = t.lower[i];
        int len = w.length();
        if (exactLength > 0 ? len != exactLength : len > 4) {
            return false;
        }
        long v = Long.parseLong(w);
        return v >= min && v <= max && found(out, i + 1, v);
    }

    private static boolean cardinal(Tokens t, int i, Lexicon lex, long[] out) {
        if (t.kind[i] == Tokens.NUMBER) {
            String w = t.lower[i];
            if (w.length() > 9) {
                return false;
            }
            long v = Long.parseLong(w);
            int end = i + 1;
            // thousands separators: "1,000"
            while (w.length() <= 3 && end + 1 < t.size && ",".equals(t.lower[end]) && t.kind[end + 1] == Tokens.NUMBER
                    && t.lower[end + 1].length() == 3 && t.attachedToPrevious(end) && t.attachedToPrevious(end + 1)
                    && v < 1_000_000_000L) {
                v = v * 1000 + Long.parseLong(t.lower[end + 1]);
                end += 2;
            }
            return found(out, end, v);
        }
        return spelledCardinal(t, i, lex, out);
    }

    /** "twenty four", "twenty-four", "one hundred thirty", "two thousand". */
    private static boolean spelledCardinal(Tokens t, int i, Lexicon lex, long[] out) {
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
            if (j + 1 < t.size && "-".equals(t.lower[j]) && t.attachedToPrevious(j) && t.attachedToPrevious(j + 1)
                    && lex.value(t.lower[j + 1], "numword") != null) {
                j++;
            } else if (j + 1 < t.size && "and".equals(t.lower[j]) && (last == hundred || last == big)
                    && lex.value(t.lower[j + 1], "numword") != null) {
                j++;
            }
        }
        return end != i && found(out, end, total + group);
    }

    /** The year "'98" or "'05" names: this century's up to '29, the last one's from '30. */
    static long twoDigitYear(long v) {
        return v < 30 ? 2000 + v : 1900 + v;
    }

    private boolean year(Tokens t, int i, Lexicon lex, long[] out) {
        if (t.kind[i] == Tokens.NUMBER) {
            String w = t.lower[i];
            if (w.length() != 4) {
                return false;
            }
            long v = Long.parseLong(w);
            return v >= min && v <= max && found(out, i + 1, v);
        }
        if ("'".equals(t.lower[i]) && i + 1 < t.size && t.kind[i + 1] == Tokens.NUMBER
                && t.lower[i + 1].length() == 2 && t.attachedToPrevious(i + 1)) {
            return found(out, i + 2, twoDigitYear(Long.parseLong(t.lower[i + 1])));
        }
        // "nineteen ninety-six"
        String first = lex.value(t.lower[i], "numword");
        if (first == null) {
            return false;
        }
        long century = Long.parseLong(first);
        if (century >= 10 && century <= 20 && i + 1 < t.size) {
            if (spelledCardinal(t, i + 1, lex, out) && out[1] >= 10 && out[1] < 100) {
                return found(out, out[0], century * 100 + out[1]);
            }
        }
        return false;
    }

    private static boolean day(Tokens t, int i, Lexicon lex, long[] out) {
        if (t.kind[i] == Tokens.NUMBER) {
            String w = t.lower[i];
            if (w.length() > 2) {
                return false;
            }
            long v = Long.parseLong(w);
            return v >= 1 && v <= 31 && found(out, i + 1, v);
        }
        return ordinal(t, i, lex, out) && out[1] >= 1 && out[1] <= 31;
    }

    private static boolean ordinal(Tokens t, int i, Lexicon lex, long[] out) {
        String w = t.lower[i];
        if (t.kind[i] == Tokens.ALNUM) {
            int k = 0;
            while (k < w.length() && Character.isDigit(w.charAt(k))) {
                k++;
            }
            if (k == 0 || k > 4 || w.length() != k + 2 || !(w.endsWith("st") || w.endsWith("nd")
                    || w.endsWith("rd") || w.endsWith("th"))) {
                return false;
            }
            return found(out, i + 1, Long.parseLong(w, 0, k, 10));
        }
        // "twenty-first": a tens word, a hyphen, an ordinal
        String tens = lex.value(w, "numword");
        if (tens != null && i + 2 < t.size && "-".equals(t.lower[i + 1])) {
            String ones = lex.value(t.lower[i + 2], "ordinal");
            if (ones != null && Long.parseLong(tens) >= 20 && Long.parseLong(ones) < 10) {
                return found(out, i + 3, Long.parseLong(tens) + Long.parseLong(ones));
            }
        }
        String v = lex.value(w, "ordinal");
        return v != null && found(out, i + 1, Long.parseLong(v));
    }

    private static boolean decade(Tokens t, int i, long[] out) {
        int j = i;
        boolean apostrophe = false;
        if ("'".equals(t.lower[i]) && i + 1 < t.size && t.attachedToPrevious(i + 1)) {
            j = i + 1;
            apostrophe = true;
        }
        String w = t.lower[j];
        int digits = w == null ? 0 : w.length() - 1;
        if (t.kind[j] == Tokens.ALNUM && w.charAt(digits) == 's' && (digits == 4 || digits == 2)
                && w.charAt(digits - 1) == '0' && allDigits(w, digits)) {
            long v = Long.parseLong(w, 0, digits, 10);
            return found(out, j + 1, digits == 4 ? v : 1900 + v);
        } else if (apostrophe && t.kind[j] == Tokens.NUMBER && w.length() == 2 && w.endsWith("0")
                && j + 1 < t.size && "s".equals(t.lower[j + 1]) && t.attachedToPrevious(j + 1)) {
            return found(out, j + 2, 1900 + Long.parseLong(w));
        }
        return false;
    }

    private static boolean allDigits(String w, int length) {
        for (int k = 0; k < length; k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
