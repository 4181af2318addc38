package dev.lede.queue.kafka;

import dev.lede.queue.WorkQueue;
import dev.lede.queue.WorkQueueContract;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The Kafka queue keeps the work-queue contract on a real (in-JVM, KRaft) Kafka broker. */
@Timeout(180)
class KafkaWorkQueueTest {
  @TempDir static Path dir;
  static KafkaTestCluster cluster;
  static final AtomicInteger topics = new AtomicInteger();

  @BeforeAll
  static void startKafka() throws Exception {
    cluster = KafkaTestCluster.start(1, dir);
  }

  @AfterAll
  static void stopKafka() throws Exception {
    cluster.close();
  }

  @Nested
  class WithWorkers extends WorkQueueContract {
    @Override
    protected WorkQueue<String> open(
        Function<String, String> prepare, WorkQueue.Commit<String> commit) throws Exception {
      KafkaLog log = cluster.log("contract-" + topics.incrementAndGet(), Duration.ofSeconds(20));
      return KafkaWorkQueue.open(log, KafkaWorkQueue.strings(), 2, 4, prepare, commit);
    }
  }
}
