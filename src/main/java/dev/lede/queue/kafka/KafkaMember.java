package dev.lede.queue.kafka;

import dev.lede.model.Require;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/**
 * One member of a worker role's consumer group on a {@link KafkaTopic}: the group's members share
 * the topic's partitions, each partition read in order by one member at a time, and a member that
 * leaves or stops answering (killed: after the session timeout) has its partitions taken over by
 * the others from the last committed offset. Each record's offset is committed right after {@link
 * Handler#handle} returns, so delivery is at least once: the handler must be idempotent (a record
 * handled by a member that died before committing is handled again by its successor).
 */
public final class KafkaMember implements AutoCloseable {
  /** What a member does with its partitions and their records. */
  public interface Handler {
    /**
     * The partitions this member holds from now on (after joining or a rebalance), told before any
     * of their records.
     */
    void assigned(Set<Integer> partitions) throws IOException;

    /** One record, in its partition's order. */
    void handle(int partition, long offset, String key, String value) throws IOException;

    /**
     * Where the partition's committed position goes once its record at {@code offset} was handled:
     * by default just past it. A handler that keeps records to handle later (in another order)
     * answers the first one it still keeps, with a note that {@link #note} hands to the partition's
     * next holder.
     */
    default Position handled(int partition, long offset) {
      return new Position(offset + 1, "");
    }

    /**
     * A step failed: what the handler kept is forgotten, as every held partition is read again from
     * its last committed position.
     */
    default void failed() {}

    /**
     * Called after every poll, with or without records: a handler that keeps records to handle
     * later handles those now due (time has passed, not only when a record comes) and answers the
     * partitions whose committed position moves, with their positions.
     */
    default Map<Integer, Position> due() throws IOException {
      return Map.of();
    }
  }

  /** A committed position in a partition and the handler's note kept with it. */
  public record Position(long offset, String note) {
    public Position {
      Require.nonNull("note", note);
    }
  }

  /** How long a member may go unheard before its partitions are given to the others. */
  static final Duration SESSION = Duration.ofSeconds(10);

  private final KafkaLog log;
  private final Handler handler;
  private final KafkaConsumer<String, byte[]> consumer;
  private final int partitions;
  private boolean rebalanced;
  // The position last committed in each partition held, where a failed step reads on from.
  private final Map<TopicPartition, Long> committed = new java.util.HashMap<>();

  private KafkaMember(KafkaLog log, Handler handler, int partitions) {
    this.log = log;
    this.partitions = partitions;
    this.handler = handler;
    Properties p = KafkaWorkQueue.consumerConfig(log);
    p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) SESSION.toMillis());
    p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 1000);
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20);
    this.consumer = new KafkaConsumer<>(p);
  }

  /**
   * Joins {@code log}'s consumer group on its topic (created with {@code log.partitions()}
   * partitions when absent).
   *
   * @throws IOException when the brokers do not answer within the log's timeout, naming them
   */
  public static KafkaMember join(KafkaLog log, Handler handler) throws IOException {
    Require.nonNull("log handler", log, handler);
    KafkaMember m = new KafkaMember(log, handler, KafkaTopic.create(log, log.partitions()));
    m.consumer.subscribe(
        List.of(log.topic()),
        new ConsumerRebalanceListener() {
          @Override
          public void onPartitionsRevoked(Collection<TopicPartition> parts) {
            // The handler hears of the new set once the rebalance has given it.
          }

          @Override
          public void onPartitionsAssigned(Collection<TopicPartition> parts) {
            m.committed.keySet().retainAll(m.consumer.assignment());
            m.rebalanced = true;
          }
        });
    return m;
  }

  /**
   * Polls once (waiting up to {@code wait}) and hands each record to the handler, committing its
   * offset after it; returns how many were handled. A handler that throws leaves its record to be
   * read again (this member's next poll, or the next holder of the partition).
   *
   * @throws IOException what the handler threw, or when the brokers fail, naming them
   */
  public int poll(Duration wait) throws IOException {
    int handled = 0;
    try {
      var records = consumer.poll(wait);
      // Where each partition of this batch resumes if the batch stops early: its first record
      // not yet handled. Records polled are past the consumer's position, so a batch left half
      // done must be rewound, or the records after the failure would be skipped and a later
      // commit on their partition would lose them.
      Map<TopicPartition, Long> resume = new java.util.HashMap<>();
      for (TopicPartition tp : records.partitions()) {
        resume.put(tp, records.records(tp).get(0).offset());
      }
      try {
        if (rebalanced) {
          handler.assigned(held());
          rebalanced = false; // told only once it went through: a failed one is told again
        }
        for (ConsumerRecord<String, byte[]> r : records) {
          TopicPartition tp = new TopicPartition(r.topic(), r.partition());
          if (!consumer.assignment().contains(tp)) {
            continue; // given away meanwhile: its next holder reads it from the committed offset
          }
          handler.handle(
              r.partition(), r.offset(), r.key(), new String(r.value(), StandardCharsets.UTF_8));
          resume.put(tp, r.offset() + 1);
          Position at = handler.handled(r.partition(), r.offset());
          try {
            consumer.commitSync(Map.of(tp, new OffsetAndMetadata(at.offset(), at.note())));
            committed.put(tp, at.offset());
          } catch (org.apache.kafka.clients.consumer.CommitFailedException
              | org.apache.kafka.common.errors.RebalanceInProgressException e) {
            // The partition went to another member: it handles this record again (idempotent).
            rewind(resume);
            return handled;
          }
          handled++;
        }
        for (Map.Entry<Integer, Position> d : handler.due().entrySet()) {
          TopicPartition tp = new TopicPartition(log.topic(), d.getKey());
          if (!consumer.assignment().contains(tp)) {
            continue;
          }
          Position at = d.getValue();
          try {
            consumer.commitSync(Map.of(tp, new OffsetAndMetadata(at.offset(), at.note())));
            committed.put(tp, at.offset());
          } catch (org.apache.kafka.clients.consumer.CommitFailedException
              | org.apache.kafka.common.errors.RebalanceInProgressException e) {
            // Given away: its next holder reads on from the last commit (placing is idempotent).
            return handled;
          }
          handled++;
        }
      } catch (IOException | RuntimeException e) {
        // Read on from the first record not handled, or before it from what the handler kept.
        handler.failed();
        committed.forEach((tp, offset) -> resume.merge(tp, offset, Math::min));
        rewind(resume);
        throw e;
      }
    } catch (KafkaException e) {
      throw new IOException(
          "Kafka at "
              + log.bootstrap()
              + " failed reading topic "
              + log.topic()
              + " for group "
              + log.group()
              + ": "
              + e.getMessage()
              + "; nothing is lost: the records after the last commit stay in the topic",
          e);
    }
    return handled;
  }

  /** Seeks each partition still held back to the first record of the batch not handled. */
  private void rewind(Map<TopicPartition, Long> resume) {
    Set<TopicPartition> held = consumer.assignment();
    resume.forEach(
        (tp, offset) -> {
          if (held.contains(tp)) {
            consumer.seek(tp, offset);
          }
        });
  }

  /**
   * The note committed with {@code partition}'s position ({@link Handler#handled}), empty when
   * none.
   *
   * @throws IOException when the brokers fail, naming them
   */
  public String note(int partition) throws IOException {
    TopicPartition tp = new TopicPartition(log.topic(), partition);
    try {
      OffsetAndMetadata at = consumer.committed(Set.of(tp)).get(tp);
      return at == null || at.metadata() == null ? "" : at.metadata();
    } catch (KafkaException e) {
      throw new IOException(
          "Kafka at "
              + log.bootstrap()
              + " failed reading the position of group "
              + log.group()
              + " in "
              + tp,
          e);
    }
  }

  /** The partitions this member holds now (empty while the group rebalances). */
  public Set<Integer> held() {
    Set<Integer> held = new TreeSet<>();
    consumer.assignment().forEach(tp -> held.add(tp.partition()));
    return held;
  }

  /** Partitions of the topic (records are routed by {@link KafkaTopic#partitionOf}). */
  public int partitions() {
    return partitions;
  }

  /** Records of {@code log}'s topic its group has not committed yet (all partitions). */
  public static long lag(KafkaLog log) throws IOException {
    Properties p = KafkaWorkQueue.consumerConfig(log);
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p)) {
      List<TopicPartition> parts =
          c.partitionsFor(log.topic()).stream()
              .map(i -> new TopicPartition(i.topic(), i.partition()))
              .toList();
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      Map<TopicPartition, OffsetAndMetadata> done = c.committed(Set.copyOf(parts));
      long lag = 0;
      for (TopicPartition tp : parts) {
        OffsetAndMetadata d = done.get(tp);
        lag += end.get(tp) - (d == null ? 0 : d.offset());
      }
      return lag;
    } catch (KafkaException e) {
      throw new IOException(
          "Kafka at " + log.bootstrap() + " failed reading the lag of group " + log.group(), e);
    }
  }

  /** Leaves the group: its partitions go to the other members. */
  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
