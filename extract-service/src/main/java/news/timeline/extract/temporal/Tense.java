package news.timeline.extract.temporal;

/** The time a clause points to, as far as its verbs and adverbs tell. */
enum Tense {
    PAST, PRESENT, FUTURE,
    /**
     * The present progressive ("are meeting"): an arrangement ahead when it names a weekday ("are meeting on
     * Monday"), else the present.
     */
    PROGRESSIVE,
    UNKNOWN
}
