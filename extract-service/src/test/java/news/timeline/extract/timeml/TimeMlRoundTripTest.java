package news.timeline.extract.timeml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import news.timeline.extract.temporal.TemporalTagger;
import news.timeline.extract.temporal.Timex;
import org.junit.jupiter.api.Test;

class TimeMlRoundTripTest {
    private static final String INPUT = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>X1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
            <TEXT>
            AT&amp;T shares <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &quot;sharply&quot;, after a <SIGNAL sid="s1">rise</SIGNAL> on July 16, 1998 &lt;tm&gt;.
            </TEXT>
            <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
            </TimeML>
            """;

    private static String textContent(String xml) {
        String text = xml.substring(xml.indexOf("<TEXT>") + 6, xml.indexOf("</TEXT>"));
        return text.replaceAll("<[^>]*>", "");
    }

    @Test
    void readsDctTextAndGoldTimexes() {
        TimeMlDocument doc = TimeMlDocument.parse(INPUT);
        assertThat(doc.dct()).isEqualTo(LocalDate.of(1998, 8, 7));
        assertThat(doc.plainText()).contains("AT&T shares fell Friday \"sharply\"").contains("<tm>");
        assertThat(doc.timexes()).singleElement().satisfies(t -> {
            assertThat(doc.plainText().substring(t.start(), t.end())).isEqualTo("Friday");
            assertThat(t.value()).isEqualTo("1998-08-07");
        });
    }

    @Test
    void writtenTextIsTheInputTextPlusTimexTags() {
        TimeMlDocument doc = TimeMlDocument.parse(INPUT);
        List<Timex> found = TemporalTagger.load().tag(doc.plainText(), doc.dct());
        String out = TimeMlWriter.write(doc, found);

        assertThat(textContent(out)).isEqualTo(textContent(INPUT));
        assertThat(out).doesNotContain("<EVENT").doesNotContain("<SIGNAL").doesNotContain("<TLINK");
        assertThat(out).contains("<DCT><TIMEX3 tid=\"t0\"");
        TimeMlDocument reread = TimeMlDocument.parse(out);
        assertThat(reread.plainText()).isEqualTo(doc.plainText());
        assertThat(reread.timexes()).extracting(AnnotatedTimex::value).containsExactly("1998-08-07", "1998-07-16");
        assertThat(out).contains("anchorTimeID=\"t0\">Friday</TIMEX3>");
    }
}
