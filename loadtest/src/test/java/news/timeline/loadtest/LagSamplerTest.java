package news.timeline.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import news.timeline.loadtest.support.TestKafka;

/** The lag a test waits on, and the account of where it lies, read from a real broker. */
class LagSamplerTest {

    private static TestKafka kafka;

    @BeforeAll
    static void start() throws Exception {
        kafka = TestKafka.start(3);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>("articles", 0, "a" + i, "{}")).get();
            }
            for (int i = 0; i < 2; i++) {
                producer.send(new ProducerRecord<>("articles", 2, "c" + i, "{}")).get();
            }
        }
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "readers");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition first = new TopicPartition("articles", 0);
            TopicPartition third = new TopicPartition("articles", 2);
            consumer.assign(List.of(first, third));
            consumer.commitSync(Map.of(first, new OffsetAndMetadata(3), third, new OffsetAndMetadata(2)));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void lagIsWhatEachPartitionHasBeyondTheGroupsCommit() {
        try (LagSampler lag = new LagSampler(kafka.bootstrap())) {
            assertThat(lag.lag("readers", "articles")).isEqualTo(2);
            assertThat(lag.lag("nobody", "articles")).as("a group without commits is behind by everything")
                    .isEqualTo(7);
        }
    }

    @Test
    void behindNamesOnlyThePartitionsThatAreBehindAndTheirOffsets() {
        try (LagSampler lag = new LagSampler(kafka.bootstrap())) {
            String account = lag.behind("readers", "articles");
            assertThat(account).contains("articles-0 committed 3 end 5 owner none")
                    .doesNotContain("articles-2").doesNotContain("articles-1 committed");
            assertThat(lag.behind("nobody", "articles")).contains("articles-0 committed none end 5")
                    .contains("articles-2 committed none end 2").doesNotContain("articles-1");
        }
    }
}
