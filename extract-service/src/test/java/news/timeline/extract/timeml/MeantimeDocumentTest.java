package news.timeline.extract.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeantimeDocumentTest {
    private static final String INPUT = """
            <?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
            <token number="0" sentence="0" t_id="1">Boeing</token>
            <token number="1" sentence="0" t_id="2">wins</token>
            <token number="2" sentence="0" t_id="3">contract</token>
            <token number="3" sentence="1" t_id="4">March</token>
            <token number="4" sentence="1" t_id="5">01</token>
            <token number="5" sentence="1" t_id="6">,</token>
            <token number="6" sentence="1" t_id="7">2008</token>
            <token number="7" sentence="2" t_id="8">The</token>
            <token number="8" sentence="2" t_id="9">deal</token>
            <token number="9" sentence="2" t_id="10">was</token>
            <token number="10" sentence="2" t_id="11">signed</token>
            <token number="11" sentence="2" t_id="12">on</token>
            <token number="12" sentence="2" t_id="13">Friday</token>
            <token number="13" sentence="2" t_id="14">.</token>
            <token number="14" sentence="3" t_id="15">S3</token>
            <token number="15" sentence="3" t_id="16">.</token>
            <token number="16" sentence="4" t_id="17">S4</token>
            <token number="17" sentence="4" t_id="18">.</token>
            <token number="18" sentence="5" t_id="19">S5</token>
            <token number="19" sentence="5" t_id="20">weekly</token>
            <token number="20" sentence="5" t_id="21">.</token>
            <token number="21" sentence="6" t_id="22">Later</token>
            <token number="22" sentence="6" t_id="23">on</token>
            <token number="23" sentence="6" t_id="24">Monday</token>
            <token number="24" sentence="6" t_id="25">.</token>
            <Markables>
            <TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="30" type="DATE" value="2008-03-01"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/></TIMEX3>
            <TIMEX3 anchorTimeID="" functionInDocument="NONE" m_id="31" type="DATE" value="2008-02-29"><token_anchor t_id="13"/></TIMEX3>
            <TIMEX3 anchorTimeID="" functionInDocument="NONE" m_id="32" type="SET" value="P1W"><token_anchor t_id="20"/></TIMEX3>
            <TIMEX3 TAG_DESCRIPTOR="2058" functionInDocument="NONE" m_id="33" type="DATE" value="2058"/>
            </Markables>
            </Document>
            """;

    @Test
    void readsTheAnnotatedSentencesTheirTimexesAndTheCreationTime() {
        assertThat(MeantimeDocument.isMeantime(INPUT)).isTrue();
        MeantimeDocument doc = MeantimeDocument.parse(INPUT);

        assertThat(doc.dct()).isEqualTo(LocalDate.of(2008, 3, 1));
        // the sixth sentence and after are not annotated in MEANTIME, so they are not in the text
        assertThat(doc.plainText()).isEqualTo(
                "Boeing wins contract\nMarch 01 , 2008\nThe deal was signed on Friday .\nS3 .\nS4 .\nS5 weekly .");
        assertThat(doc.timexes()).extracting(t -> doc.plainText().substring(t.start(), t.end()))
                .containsExactly("March 01 , 2008", "Friday", "weekly");
        assertThat(doc.timexes()).extracting(AnnotatedTimex::type, AnnotatedTimex::value)
                .containsExactly(tuple("DATE", "2008-03-01"),
                        tuple("DATE", "2008-02-29"),
                        tuple("SET", "P1W"));
    }

    @Test
    void timeMlIsNotMeantime() {
        assertThat(MeantimeDocument.isMeantime("<TimeML><TEXT>Friday</TEXT></TimeML>")).isFalse();
    }
}
