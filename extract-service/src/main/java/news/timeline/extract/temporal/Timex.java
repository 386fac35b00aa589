package news.timeline.extract.temporal;

/**
 * A temporal expression found in a text, with its TIMEX3 normalization.
 *
 * @param start    offset of the first character of the expression in the tagged text
 * @param end      offset just past its last character
 * @param text     the expression's words, {@code text.substring(start, end)}
 * @param type     the TIMEX3 type
 * @param value    the TIMEX3 value: {@code 2018-07-16}, {@code 2018-W29}, {@code P3M}, {@code PAST_REF}...;
 *                 parts that depend on an unknown reference time are {@code X}s ({@code XXXX-07-16})
 * @param mod      the TIMEX3 mod ({@code START}, {@code APPROX}...), or null
 * @param relative true when the value was computed from the reference time (DCT or an earlier date in the
 *                 text) rather than read off the expression itself
 * @param freq     a set's frequency within its value's period ({@code 2X} for "twice a month"), or null
 * @param quant    a set's quantifier ({@code EVERY} for "every week"), or null
 */
public record Timex(int start, int end, String text, TimexType type, String value, String mod, boolean relative,
                    String freq, String quant) {
}
