package news.timeline.extract.temporal;

/** The time a clause points to, as far as its verbs and adverbs tell. */
enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN
}
