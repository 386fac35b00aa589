package news.timeline.extract.timeml;

/**
 * A TIMEX3 of a TimeML document, with offsets in the document's unescaped text.
 */
public record AnnotatedTimex(int start, int end, String type, String value, String mod) {
}
