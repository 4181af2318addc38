package dev.lede.queue.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Kafka queue adds to the contract: what was handed over survives the queue, a failed
 * commit and the brokers going away, and the next queue on the same topic and group commits it.
 */
@Timeout(240)
class KafkaWorkQueueFaultTest {
  @TempDir Path dir;

  private static List<String> items(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add("item-" + i);
    }
    return out;
  }

  @Test
  void itemsHandedOverAndNotCommittedAreCommittedByTheNextQueueAfterAFailedCommit()
      throws Exception {
    try (KafkaTestCluster cluster = KafkaTestCluster.start(1, dir)) {
      KafkaLog log = cluster.log("failed-commit", Duration.ofSeconds(20));
      List<String> committed = new ArrayList<>();
      try (KafkaWorkQueue<String, String> q =
          KafkaWorkQueue.open(
              log,
              KafkaWorkQueue.strings(),
              2,
              100,
              Function.identity(),
              s -> {
                if (s.equals("item-5")) {
                  throw new IOException("store unavailable at item-5");
                }
                committed.add(s);
              })) {
        for (String s : items(0, 10)) {
          q.submit(s);
        }
        assertThatThrownBy(q::finish).hasMessage("store unavailable at item-5");
        assertThatThrownBy(() -> q.submit("item-10"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("open it again to resume");
      }
      assertThat(committed).isEqualTo(items(0, 5));

      try (KafkaWorkQueue<String, String> again =
          KafkaWorkQueue.open(
              log, KafkaWorkQueue.strings(), 2, 100, Function.identity(), committed::add)) {
        again.finish();
      }
      assertThat(committed).isEqualTo(items(0, 10));
    }
  }

  @Test
  void whenTheBrokerGoesAwayMidRunTheQueueSaysSoAndAfterItsRestartNothingHandedOverIsLost()
      throws Exception {
    KafkaTestCluster cluster = KafkaTestCluster.start(1, dir);
    List<String> committed = new ArrayList<>();
    try {
      KafkaLog log = cluster.log("broker-away", Duration.ofSeconds(4));
      KafkaTestCluster running = cluster;
      try (KafkaWorkQueue<String, String> q =
          KafkaWorkQueue.open(
              log,
              KafkaWorkQueue.strings(),
              0,
              100,
              Function.identity(),
              s -> {
                committed.add(s);
                if (s.equals("item-3")) {
                  stopQuietly(running); // the broker goes away before item-3's offset is committed
                }
              })) {
        for (String s : items(0, 6)) {
          q.submit(s);
        }
        assertThatThrownBy(q::finish)
            .isInstanceOf(IOException.class)
            .hasMessageContaining("Kafka at " + log.bootstrap())
            .hasMessageContaining("nothing is lost");
      }
      assertThat(committed).isEqualTo(items(0, 4));

      cluster = cluster.restart();
      KafkaLog back = cluster.log("broker-away", Duration.ofSeconds(20));
      try (KafkaWorkQueue<String, String> q =
          KafkaWorkQueue.open(
              back, KafkaWorkQueue.strings(), 0, 100, Function.identity(), committed::add)) {
        q.submit("item-6");
        q.finish();
      }
      // At least once: item-3 was committed, its offset was not, so it comes again.
      List<String> expected = new ArrayList<>(items(0, 4));
      expected.addAll(items(3, 7));
      assertThat(committed).isEqualTo(expected);
    } finally {
      cluster.close();
    }
  }

  private static void stopQuietly(KafkaTestCluster cluster) {
    try {
      cluster.stop();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the test broker", e);
    }
  }
}
