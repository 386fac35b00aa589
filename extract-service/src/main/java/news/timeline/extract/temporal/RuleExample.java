package news.timeline.extract.temporal;

import java.time.LocalDate;

/**
 * A plain example of a rule: in {@code text}, the expression between {@code [} and {@code ]}, read against
 * {@code dct}, has the expected type, value and mod; a null type means that no expression may overlap it.
 */
public record RuleExample(String ruleId, String text, LocalDate dct, TimexType type, String value, String mod) {

    /** The text without the brackets. */
    public String plainText() {
        return text.replace("[", "").replace("]", "");
    }

    public int expectedStart() {
        return text.indexOf('[');
    }

    public int expectedEnd() {
        return text.indexOf(']') - 1;
    }
}
