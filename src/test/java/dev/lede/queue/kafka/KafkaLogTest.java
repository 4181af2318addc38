package dev.lede.queue.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KafkaLogTest {
  @Test
  void aUrlNamesBrokersTopicAndOptionallyGroupReplicationAndTimeout() {
    KafkaLog log =
        KafkaLog.parse(
            "kafka://k1:9092,k2:9093/lede.articles?group=assign&replication=3&timeout=7");
    assertThat(log.bootstrap()).isEqualTo("k1:9092,k2:9093");
    assertThat(log.topic()).isEqualTo("lede.articles");
    assertThat(log.group()).isEqualTo("assign");
    assertThat(log.replication()).isEqualTo((short) 3);
    assertThat(log.timeout()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void theGroupDefaultsToOneNamedAfterTheTopic() {
    KafkaLog log = KafkaLog.parse("kafka://127.0.0.1:9092/articles");
    assertThat(log.group()).isEqualTo("lede-articles");
    assertThat(log.replication()).isEqualTo((short) 1);
  }

  @Test
  void badUrlsAreRefusedNamingTheUrlAndTheProblem() {
    assertThatThrownBy(() -> KafkaLog.parse("http://k:9092/t"))
        .hasMessageContaining("not a kafka:// URL: 'http://k:9092/t'");
    assertThatThrownBy(() -> KafkaLog.parse("kafka://k:9092/"))
        .hasMessageContaining("names no topic");
    assertThatThrownBy(() -> KafkaLog.parse("kafka://k/t"))
        .hasMessageContaining("broker 'k' is not HOST:PORT");
    assertThatThrownBy(() -> KafkaLog.parse("kafka://k:1/t?acks=0"))
        .hasMessageContaining("unknown parameter 'acks'");
    assertThatThrownBy(() -> KafkaLog.parse("kafka://k:1/t?replication=0"))
        .hasMessageContaining("replication factor must be at least 1");
  }
}
