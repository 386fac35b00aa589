package news.timeline.ingest;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import news.timeline.contract.testing.KafkaBroker;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes a record to {@code articles-dlq} of the test broker, with the headers a dead-lettering service sets. */
public final class DeadLetterWriter {

    private DeadLetterWriter() {
    }

    public static RecordMetadata write(String key, String value, Map<String, String> headers) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("articles-dlq", key, value);
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            return producer.send(record).get();
        }
    }
}
