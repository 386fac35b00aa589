package news.timeline.extract.event;

/**
 * A sentence of the article text.
 *
 * @param start offset of its first character in the article text
 * @param end   offset just past its last character
 * @param text  {@code articleText.substring(start, end)}
 */
record Sentence(int start, int end, String text) {
}
