package dev.lede.queue.kafka;

import dev.lede.model.Require;
import dev.lede.queue.WorkQueue;
import dev.lede.queue.inprocess.Pipeline;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A {@link WorkQueue} through a Kafka topic: {@link #submit} appends the item to the topic (acks
 * from all in-sync replicas, idempotent producer), and the queue reads the topic back from its
 * consumer group's committed offset, prepares the items on worker threads ({@link Pipeline}) and
 * commits them in the topic's order, committing the group's offset after each one. The topic has
 * one partition so that order holds; more stages or a partitioning key (language) are a later step.
 *
 * <p>What this buys over the in-process queue is that nothing handed over is lost when the process
 * dies or the commit step fails: the items after the last committed offset stay in the topic, and
 * the next queue opened on the same topic and group commits them first. Delivery is at least once
 * (a process killed between an item's commit and its offset commit commits it again), so the commit
 * step must be idempotent. After a failure the queue is closed for use: open it again to resume.
 *
 * @param <T> submitted item
 * @param <R> prepared item
 */
public final class KafkaWorkQueue<T, R> implements WorkQueue<T> {
  /** How items travel through the topic: a key (for partitioning and compaction) and a value. */
  public interface Codec<T> {
    String key(T item);

    byte[] encode(T item);

    /** The item back from {@link #encode}'s bytes, read on the committing thread. */
    T decode(byte[] bytes);
  }

  private static final int PARTITION = 0;
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaLog log;
  private final Codec<T> codec;
  private final int window;
  private final TopicPartition tp;
  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Pipeline<Polled<T>, Polled<R>> pipeline;
  private Future<RecordMetadata> lastSent;
  private int inFlight;
  private boolean broken;
  private boolean closed;

  private record Polled<V>(long offset, V value) {}

  private KafkaWorkQueue(
      KafkaLog log,
      Codec<T> codec,
      int threads,
      int window,
      Function<T, R> prepare,
      Commit<R> commit) {
    this.log = log;
    this.codec = codec;
    this.window = window;
    this.tp = new TopicPartition(log.topic(), PARTITION);
    this.producer = new KafkaProducer<>(producerConfig(log));
    KafkaConsumer<String, byte[]> c;
    try {
      c = new KafkaConsumer<>(consumerConfig(log));
    } catch (KafkaException e) {
      producer.close(Duration.ZERO);
      throw e;
    }
    this.consumer = c;
    this.pipeline =
        new Pipeline<>(
            threads,
            Math.max(1, window),
            p -> new Polled<>(p.offset(), prepare.apply(p.value())),
            p -> {
              commit.accept(p.value());
              consumer.commitSync(Map.of(tp, new OffsetAndMetadata(p.offset() + 1)));
            });
  }

  /**
   * Opens the queue on {@code log}, creating its topic (one partition) when it does not exist, and
   * positions it after the last item its group committed: items an earlier queue left in the topic
   * are committed before the first new one.
   *
   * @param threads worker threads that prepare items (0: on the caller's thread)
   * @param window items handed over before the queue reads them back and commits them
   * @throws IOException when the brokers do not answer within the log's timeout, naming them
   */
  public static <T, R> KafkaWorkQueue<T, R> open(
      KafkaLog log,
      Codec<T> codec,
      int threads,
      int window,
      Function<T, R> prepare,
      Commit<R> commit)
      throws IOException {
    Require.nonNull("log codec prepare commit", log, codec, prepare, commit);
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, was " + window);
    }
    KafkaTopic.create(log, 1);
    KafkaWorkQueue<T, R> q = new KafkaWorkQueue<>(log, codec, threads, window, prepare, commit);
    try {
      q.consumer.assign(List.of(q.tp));
      OffsetAndMetadata done = q.consumer.committed(Set.of(q.tp)).get(q.tp);
      if (done == null) {
        q.consumer.seekToBeginning(List.of(q.tp));
      } else {
        q.consumer.seek(q.tp, done.offset());
      }
    } catch (KafkaException e) {
      q.close();
      throw q.unavailable("reading the committed offset of group " + log.group(), e);
    }
    return q;
  }

  /** A codec of strings carried as they are, keyed by themselves. */
  public static Codec<String> strings() {
    return new Codec<>() {
      @Override
      public String key(String item) {
        return item;
      }

      @Override
      public byte[] encode(String item) {
        return item.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }

      @Override
      public String decode(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      }
    };
  }

  static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
  }

  static Properties producerConfig(KafkaLog log) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, log.bootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    int ms = millis(log.timeout());
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ms);
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, ms + 5);
    return p;
  }

  static Properties consumerConfig(KafkaLog log) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, log.bootstrap());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, log.group());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
    int ms = millis(log.timeout());
    p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
    p.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
    return p;
  }

  /**
   * Appends the item to the topic; every {@code window} items, reads back and commits everything
   * handed over so far.
   */
  @Override
  public void submit(T item) throws IOException {
    Objects.requireNonNull(item, "item");
    requireUsable();
    try {
      lastSent =
          producer.send(
              new ProducerRecord<>(log.topic(), PARTITION, codec.key(item), codec.encode(item)));
    } catch (KafkaException e) {
      throw fail("handing an item over", e);
    }
    if (++inFlight >= window) {
      drain();
    }
  }

  /** Commits everything handed over, and anything an earlier queue left in the topic. */
  @Override
  public void finish() throws IOException {
    requireUsable();
    drain();
  }

  private void drain() throws IOException {
    long end;
    try {
      producer.flush();
      end = lastSent == null ? endOffset() : lastSent.get().offset() + 1;
    } catch (ExecutionException e) {
      throw fail("handing items over", e.getCause());
    } catch (KafkaException e) {
      throw fail("handing items over", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail("waiting for the brokers", e);
    }
    boolean ok = false;
    try {
      long quietSince = System.nanoTime();
      while (consumer.position(tp) < end) {
        var records = consumer.poll(POLL);
        if (records.isEmpty()) {
          if (System.nanoTime() - quietSince > log.timeout().toNanos()) {
            throw new IOException(
                "Kafka at "
                    + log.bootstrap()
                    + " sent nothing for "
                    + log.timeout().toSeconds()
                    + " s while reading topic "
                    + log.topic()
                    + " back (at offset "
                    + consumer.position(tp)
                    + " of "
                    + end
                    + "); nothing is lost: the items after the last commit stay in the topic");
          }
          continue;
        }
        quietSince = System.nanoTime();
        for (ConsumerRecord<String, byte[]> r : records.records(tp)) {
          pipeline.submit(new Polled<>(r.offset(), codec.decode(r.value())));
        }
      }
      pipeline.finish();
      inFlight = 0;
      lastSent = null;
      ok = true;
    } catch (KafkaException e) {
      throw fail("reading the topic back and committing offsets", e);
    } finally {
      broken |= !ok;
    }
  }

  private long endOffset() {
    return consumer.endOffsets(Set.of(tp)).get(tp);
  }

  private IOException fail(String doing, Throwable cause) {
    broken = true;
    return unavailable(doing, cause);
  }

  private IOException unavailable(String doing, Throwable cause) {
    return new IOException(
        "Kafka at "
            + log.bootstrap()
            + " failed "
            + doing
            + " on topic "
            + log.topic()
            + ": "
            + cause.getMessage()
            + "; nothing is lost: the items after the last commit stay in the topic",
        cause);
  }

  private void requireUsable() {
    if (closed) {
      throw new IllegalStateException("the Kafka queue on " + log.topic() + " is closed");
    }
    if (broken) {
      throw new IllegalStateException(
          "the Kafka queue on " + log.topic() + " failed earlier: open it again to resume");
    }
  }

  /** Stops preparing; what was handed over and not committed stays in the topic. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    pipeline.close();
    try {
      producer.close(Duration.ofSeconds(1));
    } finally {
      consumer.close(Duration.ofSeconds(1));
    }
  }
}
