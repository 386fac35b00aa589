package news.timeline.ingest.admin;

import java.util.List;

/**
 * What a replay did.
 *
 * @param replayed dead letters sent back to their topic by this request
 * @param alreadyReplayed matching dead letters skipped because an earlier replay sent them
 * @param notReplayable matching dead letters whose topic is not one of ingest.dlq.replay-topics
 * @param complete false when the request stopped at ingest.dlq.max-replay, max-scan or scan-timeout
 * @param next then where to go on: call again with it as {@code cursor}
 */
public record ReplayResult(int replayed, int alreadyReplayed, int notReplayable, boolean complete, String next,
        List<Sent> records) {

    /** One dead letter sent back. */
    public record Sent(int partition, long offset, String topic, String key) {
    }
}
