package news.timeline.timeline.merge;

import static news.timeline.timeline.support.Articles.article;
import static news.timeline.timeline.support.Articles.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import news.timeline.timeline.entity.EntryProfile;
import news.timeline.timeline.entity.TimelineEntry;
import news.timeline.timeline.support.Articles;

/**
 * Kept candidate profiles are used only at the version they were read at, and only once the transaction that read
 * them committed: a version seen inside a transaction that rolled back may later be committed with other content.
 */
@QuarkusTest
class CandidateProfilesTest {

    @Inject
    ArticleIngestionService ingestion;

    @Inject
    CandidateProfiles profiles;

    @Inject
    EntityManager em;

    @Test
    void aNewerVersionIsReadAgain() {
        long id = storedEntry("Premier Valto opened the Serra dam");
        int version = version(id);
        assertThat(firstSampleText(id, version)).doesNotContain("bridge");

        QuarkusTransaction.requiringNew().run(() -> rewriteFirstSample(id, "Valto closed the Serra bridge"));

        assertThat(firstSampleText(id, version + 1)).isEqualTo("Valto closed the Serra bridge");
    }

    /** Behind the version's back, as no writer of the service does: shows the kept profile is what is used. */
    @Test
    void aKeptProfileIsUsedWhileItsVersionHolds() {
        long id = storedEntry("Governor Imre opened the Talas port");
        int version = version(id);
        String first = firstSampleText(id, version);

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update timeline_entry set profile ="
                + " jsonb_set(profile, '{samples,0,words}', '[\"changed\"]') where id = ?1")
                .setParameter(1, id).executeUpdate());

        assertThat(firstSampleText(id, version)).isEqualTo(first);
    }

    @Test
    void whatARolledBackTransactionReadIsNotKept() {
        long id = storedEntry("Minister Oruno signed the Kesta accord");
        int version = version(id);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            rewriteFirstSample(id, "rolled back text");
            em.flush();
            assertThat(profiles.at(em, Map.of(id, version + 1))).hasSize(1);
            throw new IllegalStateException("roll back");
        })).hasMessageContaining("roll back");
        QuarkusTransaction.requiringNew().run(() -> rewriteFirstSample(id, "committed text"));

        assertThat(firstSampleText(id, version + 1)).isEqualTo("committed text");
    }

    /**
     * An entry a merge wrote is kept at the version it was written with: shown by rewriting the stored profile behind
     * the version's back, as in the test above, once after an entry's first report and once after a second article
     * joined another.
     */
    @Test
    void whatAMergeWroteIsKeptAtItsNewVersion() {
        long created = storedEntry("Premier Dorva closed the Lintz mine");
        behindTheVersionsBack(created);
        assertThat(firstSampleText(created, version(created))).contains("mine").doesNotContain("changed");

        int year = Articles.freshYear();
        long id = storedEntry(year, "Premier Dorva opened the Lintz canal");
        int version = version(id);
        String second = Articles.freshId();
        ingestion.ingest(article(second, "Outlet B", "Title", event(year + "-04-12",
                "Premier Dorva opened the Lintz canal to ships", List.of("Ana Valto"), "Serra", "occurred")));
        assertThat(entryOf(second)).isEqualTo(id);
        behindTheVersionsBack(id);

        List<CandidateProfiles.Candidate> kept = QuarkusTransaction.requiringNew()
                .call(() -> profiles.at(em, Map.of(id, version + 1)));
        assertThat(kept).singleElement().satisfies(candidate -> {
            assertThat(candidate.samples()).hasSize(2);
            assertThat(candidate.samples()).allSatisfy(s -> assertThat(s.contentWords()).doesNotContain("changed"));
        });
    }

    @Test
    void whatARolledBackMergeWroteIsNotKept() {
        int year = Articles.freshYear();
        long id = storedEntry(year, "Minister Harel signed the Oster accord");
        int version = version(id);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            ingestion.ingest(article(Articles.freshId(), "Outlet B", "Title", event(year + "-04-12",
                    "Minister Harel signed the Oster accord in the capital", List.of("Ana Valto"), "Serra",
                    "occurred")));
            assertThat(((Number) em.createNativeQuery("select count(*) from mention where entry_id = ?1")
                    .setParameter(1, id).getSingleResult()).intValue()).isEqualTo(2);
            throw new IllegalStateException("roll back");
        })).hasMessageContaining("roll back");
        QuarkusTransaction.requiringNew().run(() -> rewriteFirstSample(id, "committed text"));

        assertThat(firstSampleText(id, version + 1)).isEqualTo("committed text");
    }

    private void behindTheVersionsBack(long id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update timeline_entry set profile ="
                + " jsonb_set(profile, '{samples,0,words}', '[\"changed\"]') where id = ?1")
                .setParameter(1, id).executeUpdate());
    }

    private long entryOf(String articleId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select entry_id from mention where article_id = ?1").setParameter(1, articleId)
                .getSingleResult()).longValue());
    }

    private long storedEntry(int year, String text) {
        String articleId = Articles.freshId();
        ingestion.ingest(article(articleId, "Outlet A", "Title",
                event(year + "-04-12", text, List.of("Ana Valto"), "Serra", "occurred")));
        return entryOf(articleId);
    }

    private long storedEntry(String text) {
        int year = Articles.freshYear();
        String articleId = Articles.freshId();
        ingestion.ingest(article(articleId, "Outlet A", "Title",
                event(year + "-04-12", text, List.of("Ana Valto"), "Serra", "occurred")));
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select entry_id from mention where article_id = ?1").setParameter(1, articleId)
                .getSingleResult()).longValue());
    }

    private int version(long id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(TimelineEntry.class, id).version);
    }

    /** A candidate keeps a sample's words, not its text. */
    private String firstSampleText(long id, int version) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<CandidateProfiles.Candidate> found = profiles.at(em, Map.of(id, version));
            assertThat(found).extracting(CandidateProfiles.Candidate::version).containsExactly(version);
            return String.join(" ", found.get(0).samples().get(0).contentWords());
        });
    }

    private void rewriteFirstSample(long id, String text) {
        TimelineEntry entry = em.find(TimelineEntry.class, id);
        EntryProfile.Sample first = entry.profile.samples().get(0);
        EntryProfile.Sample rewritten = new EntryProfile.Sample(first.article(), first.date(), first.start(),
                first.end(), List.of(text), first.actors(), first.topicActors(), first.location(), first.status(),
                text);
        entry.profile = new EntryProfile(List.of(rewritten), entry.profile.words(), entry.profile.locations(),
                entry.profile.outlets());
    }
}
