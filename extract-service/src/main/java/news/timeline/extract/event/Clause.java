package news.timeline.extract.event;

/**
 * A clause of a sentence, as offsets in the article text.
 *
 * @param start where it starts, at its linking word if it has one
 * @param end   just past its end
 * @param link  how it hangs on the clause before it
 */
record Clause(int start, int end, Link link) {

    /** How a clause is joined to the one before it. */
    enum Link {
        /** the sentence's first clause */
        MAIN,
        /** "when ..." right after a date takes its date from it */
        WHEN,
        /** a subordinate clause or an aside set off by dashes, semicolons, colons */
        SUB,
        /** "but ...", "yet ...", ", and he ..." */
        COORD,
        /** ", which ...", ", who ...", ", where ..." */
        RELATIVE,
        /** what a reporting verb reports: "said that ..." */
        COMPLEMENT
    }

    Clause withEnd(int newEnd) {
        return new Clause(start, newEnd, link);
    }
}
