package news.timeline.extract.temporal;

/**
 * Which occurrence of a period known up to its year a rule means: the last one before the reference ("last
 * March", dir=-1), the one containing it ("this March", dir=0), the next one ("next March", dir=1), or, when the
 * rule gives none, the one the tense of the clause points to.
 */
enum Direction {
    LAST, THIS, NEXT, FROM_TENSE;

    static Direction of(String dir) {
        if (dir == null) {
            return FROM_TENSE;
        }
        return switch (Integer.parseInt(dir)) {
            case -1 -> LAST;
            case 0 -> THIS;
            case 1 -> NEXT;
            default -> throw new IllegalArgumentException("dir must be -1, 0 or 1: " + dir);
        };
    }
}
