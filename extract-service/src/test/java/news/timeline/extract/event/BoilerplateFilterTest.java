package news.timeline.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

    private final BoilerplateFilter filter = new BoilerplateFilter();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> news(String text, String title) {
        return filter.keepNews(text, splitter.split(text), title).stream().map(Sentence::text).toList();
    }

    @Test
    void siteBannerIsNoTitle() {
        String body = "The city council approved the new budget on Tuesday after a long debate.";
        assertThat(filter.cleanTitle("Welcome to the Riverside Daily Gazette", body)).isNull();
        assertThat(filter.cleanTitle("Home of the Morning Show and Talk Radio", body)).isNull();
    }

    @Test
    void headlineThatTheBodyTalksAboutIsKeptWithoutItsSiteSuffix() {
        String body = "The city council approved the new budget on Tuesday after a long debate.";
        assertThat(filter.cleanTitle("City Council Approves New Budget | Riverside Gazette", body))
                .isEqualTo("City Council Approves New Budget");
    }

    @Test
    void shortTitlesWithoutSeparatorsStayAsTheyAre() {
        assertThat(filter.cleanTitle("Budget", "The budget passed.")).isEqualTo("Budget");
        assertThat(filter.cleanTitle("Vote - Budget Committee Passes Plan", "The budget committee passed the plan."))
                .isEqualTo("Vote - Budget Committee Passes Plan");
    }

    @Test
    void headlineUnrelatedToTheBodyIsNoTitle() {
        String body = "The city council approved the new budget on Tuesday after a long debate.";
        assertThat(filter.cleanTitle("Latest Weather Traffic Sports Lottery Results", body)).isNull();
    }

    @Test
    void shareFollowAndCommentFurnitureIsDropped() {
        String text = """
                The council approved the budget on Tuesday.

                Share on Facebook
                Tweet this
                Follow Jane Roe on Twitter and Instagram.
                Leave a Comment
                Your email address will not be published. Required fields are marked *
                128 Shares
                """;
        assertThat(news(text, null)).containsExactly("The council approved the budget on Tuesday.");
    }

    @Test
    void paywallCounterAndCallInsideAParagraphAreCutButTheNewsAroundStays() {
        String text = "The mayor resigned on Monday. You have 3 free stories left. Subscribe to The Herald "
                + "The deputy mayor will take over next week.";
        assertThat(news(text, null)).containsExactly("The mayor resigned on Monday.",
                "The deputy mayor will take over next week.");
    }

    @Test
    void newsSentencesThatMentionCommentsOrSharesStay() {
        String text = "A spokesman did not respond to a request for comment. "
                + "Share prices fell sharply on Wednesday after the report.";
        assertThat(news(text, null)).hasSize(2);
    }

    @Test
    void lineRepeatingTheTitleIsDropped() {
        String title = "Council Approves Budget After Long Debate";
        String text = "The council approved the budget on Tuesday.\nShare this article: " + title + "\n";
        assertThat(news(text, title)).containsExactly("The council approved the budget on Tuesday.");
    }

    @Test
    void aLineRepeatedWithOtherSpacingOrCaseIsStillARepeat() {
        String text = "Officials said the well was capped on Thursday night\nThe spill ended, engineers said.\n"
                + "OFFICIALS SAID  the well\twas capped on\u00a0Thursday night \n";
        assertThat(news(text, null)).containsExactly("The spill ended, engineers said.");
        assertThat(news(text.replace("OFFICIALS SAID  the", "Officials say the"), null)).hasSize(3);
    }

    @Test
    void runsOfWhitespaceCollapseToOneSpace() {
        assertThat(BoilerplateFilter.collapseSpaces("a  b\t\tc \r\n d\u000Be\ff")).isEqualTo("a b c d e f");
        assertThat(BoilerplateFilter.collapseSpaces("no\u00a0break")).isEqualTo("no\u00a0break");
        assertThat(BoilerplateFilter.collapseSpaces("")).isEmpty();
    }
}
