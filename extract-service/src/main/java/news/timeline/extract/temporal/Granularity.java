package news.timeline.extract.temporal;

/** How precise a point in time is, from finest to coarsest. */
enum Granularity {
    TIME, DAY, WEEKEND, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY;

    boolean finerThan(Granularity other) {
        return ordinal() < other.ordinal();
    }

    /** The granularity a unit code of the rules file ({@code D}, {@code W}, {@code M}...) stands for. */
    static Granularity ofUnit(String unit) {
        return switch (unit) {
            case "D" -> DAY;
            case "WE" -> WEEKEND;
            case "W" -> WEEK;
            case "M" -> MONTH;
            case "Q" -> QUARTER;
            case "H" -> HALF;
            case "Y" -> YEAR;
            case "DE" -> DECADE;
            case "C" -> CENTURY;
            default -> throw new IllegalArgumentException("unknown calendar unit " + unit);
        };
    }
}
