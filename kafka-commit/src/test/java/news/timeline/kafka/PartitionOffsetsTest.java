package news.timeline.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionOffsetsTest {

    @Test
    void commitsOnlyUpToTheFirstRecordNotYetProcessed() {
        PartitionOffsets offsets = new PartitionOffsets(10);
        offsets.received(10);
        offsets.received(11);
        offsets.received(12);
        offsets.processed(11);
        offsets.processed(12);
        assertThat(offsets.toCommit()).as("10 still in work").isEmpty();
        offsets.processed(10);
        assertThat(offsets.toCommit()).hasValue(13);
        assertThat(offsets.waiting()).isZero();
    }

    @Test
    void aCommitThatFailedIsOfferedAgainWithoutNewRecords() {
        PartitionOffsets offsets = new PartitionOffsets(-1);
        offsets.received(0);
        offsets.received(1);
        offsets.processed(0);
        offsets.processed(1);
        assertThat(offsets.toCommit()).hasValue(2);
        // The commit failed: nothing confirmed it, nothing more arrives.
        assertThat(offsets.toCommit()).as("offered again").hasValue(2);
        offsets.committed(2);
        assertThat(offsets.toCommit()).as("confirmed").isEmpty();
    }

    @Test
    void aLateConfirmationOfAnOlderCommitDoesNotMoveTheCommittedOffsetBack() {
        PartitionOffsets offsets = new PartitionOffsets(0);
        for (long o = 0; o < 5; o++) {
            offsets.received(o);
            offsets.processed(o);
        }
        offsets.committed(5);
        offsets.committed(3);
        assertThat(offsets.toCommit()).isEmpty();
    }

    @Test
    void recordsReadAgainBelowWhatIsProcessedAreIgnored() {
        PartitionOffsets offsets = new PartitionOffsets(20);
        offsets.received(20);
        offsets.processed(20);
        offsets.received(15);
        offsets.processed(15);
        assertThat(offsets.waiting()).isZero();
        assertThat(offsets.toCommit()).hasValue(21);
    }

    @Test
    void nothingToCommitBeforeAnythingIsProcessed() {
        PartitionOffsets offsets = new PartitionOffsets(7);
        offsets.received(7);
        assertThat(offsets.toCommit()).isEmpty();
        assertThat(offsets.waiting()).isEqualTo(1);
    }

    @Test
    void aBatchAcknowledgesOnlyItsLastRecordOfEachPartition() {
        // Batches receive and acknowledge the last record of each partition: gaps between received offsets are fine.
        PartitionOffsets offsets = new PartitionOffsets(100);
        offsets.received(199);
        offsets.received(299);
        offsets.processed(299);
        assertThat(offsets.toCommit()).isEmpty();
        offsets.processed(199);
        assertThat(offsets.toCommit()).hasValue(300);
    }
}
