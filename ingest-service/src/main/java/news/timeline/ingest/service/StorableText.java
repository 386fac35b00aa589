package news.timeline.ingest.service;

/**
 * What PostgreSQL text can hold. timeline-service stores an article's fields and the statements taken from its text
 * in {@code text} columns of a UTF-8 database, which refuse the NUL character (U+0000) and cannot encode a UTF-16
 * surrogate that is not part of a pair. An article holding either would be accepted here and then fail at the store,
 * so it is refused at the door with the field and position named. Refused rather than stripped: a silent change of
 * the text would change the article's id (a hash of the text when there is no url) and what the reader sees quoted.
 */
final class StorableText {

    private StorableText() {
    }

    /** @throws ArticleRejectedException naming {@code field} when the value holds what PostgreSQL text cannot */
    static void check(String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw ArticleRejectedException.invalid("'" + field + "' holds the NUL character (U+0000) at "
                        + "character " + i + ", which PostgreSQL text cannot store: remove it");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ArticleRejectedException.invalid("'" + field + "' holds an unpaired UTF-16 surrogate (U+"
                        + Integer.toHexString(c).toUpperCase() + ") at character " + i
                        + ", which is not a character and cannot be stored as UTF-8: remove it");
            }
        }
    }
}
