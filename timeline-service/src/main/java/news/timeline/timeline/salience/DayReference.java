package news.timeline.timeline.salience;

/**
 * What the stored articles make of one day (a row of {@code day_reference}).
 *
 * @param referringArticles articles with an event dated to the day
 * @param laterDistance     over those published after the day, the sum of ln(1 + days between, at most a year)
 * @param publishedArticles articles published on the day
 */
public record DayReference(int referringArticles, double laterDistance, int publishedArticles) {

    public static final DayReference NONE = new DayReference(0, 0, 0);
}
