package dev.lede.queue.kafka;

import dev.lede.model.Require;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The sending end of a topic between two worker roles: each record carries a routing key (a host, a
 * language, a story id) that alone picks its partition ({@link #partitionOf}, the same in every
 * process), so everything with one key is read in order by the one group member holding that
 * partition ({@link KafkaMember}). Acks from all in-sync replicas, idempotent producer.
 */
public final class KafkaTopic implements AutoCloseable {
  private final KafkaLog log;
  private final int partitions;
  private final KafkaProducer<String, byte[]> producer;

  private KafkaTopic(KafkaLog log, int partitions) {
    this.log = log;
    this.partitions = partitions;
    this.producer = new KafkaProducer<>(KafkaWorkQueue.producerConfig(log));
  }

  /**
   * Opens the sending end of {@code log}'s topic, creating it with {@code log.partitions()}
   * partitions when absent (an existing topic keeps its own count, which routing then uses).
   *
   * @throws IOException when the brokers do not answer within the log's timeout, naming them
   */
  public static KafkaTopic open(KafkaLog log) throws IOException {
    Require.nonNull("log", log);
    int n = create(log, log.partitions());
    return new KafkaTopic(log, n);
  }

  /** The partition of records routed by {@code key} among {@code partitions}. */
  public static int partitionOf(String key, int partitions) {
    return Math.floorMod(key.hashCode(), partitions);
  }

  /** The partition of records routed by {@code key}. */
  public int partitionOf(String key) {
    return partitionOf(key, partitions);
  }

  /** Partitions of the topic. */
  public int partitions() {
    return partitions;
  }

  /** Appends {@code value} to the partition of {@code key}; {@link #flush} waits for the acks. */
  public void send(String key, String value) throws IOException {
    Require.nonNull("key value", key, value);
    try {
      producer.send(
          new ProducerRecord<>(
              log.topic(), partitionOf(key), key, value.getBytes(StandardCharsets.UTF_8)));
    } catch (KafkaException e) {
      throw failed("sending to", e);
    }
  }

  /** Appends {@code value} to every partition, keyed {@code key}. */
  public void sendToEveryPartition(String key, String value) throws IOException {
    Require.nonNull("key value", key, value);
    try {
      for (int p = 0; p < partitions; p++) {
        producer.send(
            new ProducerRecord<>(log.topic(), p, key, value.getBytes(StandardCharsets.UTF_8)));
      }
    } catch (KafkaException e) {
      throw failed("sending to", e);
    }
  }

  /** Waits until everything sent is acknowledged by the in-sync replicas. */
  public void flush() throws IOException {
    try {
      producer.flush();
    } catch (KafkaException e) {
      throw failed("flushing", e);
    }
  }

  private IOException failed(String doing, Exception e) {
    return new IOException(
        "Kafka at " + log.bootstrap() + " failed " + doing + " topic " + log.topic() + ": " + e, e);
  }

  /**
   * Creates {@code log}'s topic with {@code partitions} partitions unless it exists; returns the
   * partitions it has.
   */
  static int create(KafkaLog log, int partitions) throws IOException {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, log.bootstrap());
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, KafkaWorkQueue.millis(log.timeout()));
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, KafkaWorkQueue.millis(log.timeout()));
    long ms = log.timeout().toMillis();
    try (Admin admin = Admin.create(p)) {
      try {
        admin
            .createTopics(List.of(new NewTopic(log.topic(), partitions, log.replication())))
            .all()
            .get(ms, TimeUnit.MILLISECONDS);
        return partitions;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new IOException(
              "could not create Kafka topic "
                  + log.topic()
                  + " on "
                  + log.bootstrap()
                  + ": "
                  + e.getCause().getMessage(),
              e.getCause());
        }
      }
      return admin
          .describeTopics(List.of(log.topic()))
          .allTopicNames()
          .get(ms, TimeUnit.MILLISECONDS)
          .get(log.topic())
          .partitions()
          .size();
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      throw new IOException(
          "Kafka at "
              + log.bootstrap()
              + " did not answer within "
              + log.timeout().toSeconds()
              + " s while creating topic "
              + log.topic(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while creating Kafka topic " + log.topic(), e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
