package dev.lede.queue.kafka;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * Real KRaft Kafka brokers in the test JVM (Kafka's own {@code KafkaClusterTestKit}), on free ports
 * of 127.0.0.1, with small logs and few threads for a 2-core machine. A cluster started again on
 * the same folder and id ({@link #restart}) keeps its topics and committed offsets, as a restarted
 * broker does.
 */
public final class KafkaTestCluster implements AutoCloseable {
  private final KafkaClusterTestKit kit;
  private final int brokers;
  private final Path dir;
  private final String clusterId;
  private boolean stopped;

  private KafkaTestCluster(KafkaClusterTestKit kit, int brokers, Path dir, String clusterId) {
    this.kit = kit;
    this.brokers = brokers;
    this.dir = dir;
    this.clusterId = clusterId;
  }

  /** Starts {@code brokers} brokers with one combined controller in {@code dir}. */
  public static KafkaTestCluster start(int brokers, Path dir) throws Exception {
    return start(brokers, dir, org.apache.kafka.common.Uuid.randomUuid().toString(), true);
  }

  private static KafkaTestCluster start(int brokers, Path dir, String clusterId, boolean format)
      throws Exception {
    TestKitNodes nodes =
        new TestKitNodes.Builder()
            .setClusterId(clusterId)
            .setCombined(true)
            .setNumBrokerNodes(brokers)
            .setNumControllerNodes(1)
            .setBaseDirectory(dir)
            .build();
    KafkaClusterTestKit kit =
        new KafkaClusterTestKit.Builder(nodes)
            .setDeleteOnClose(false)
            .setConfigProp("offsets.topic.replication.factor", String.valueOf(brokers))
            .setConfigProp("offsets.topic.num.partitions", "1")
            .setConfigProp("group.initial.rebalance.delay.ms", "0")
            .setConfigProp("num.network.threads", "1")
            .setConfigProp("num.io.threads", "2")
            .setConfigProp("log.segment.bytes", String.valueOf(1 << 20))
            .build();
    if (format) {
      kit.format();
    }
    kit.startup();
    kit.waitForReadyBrokers();
    return new KafkaTestCluster(kit, brokers, dir, clusterId);
  }

  /**
   * Stops every broker, then starts the cluster again on the same folder and id: topics and
   * committed offsets survive, the ports are new.
   */
  KafkaTestCluster restart() throws Exception {
    stop();
    return start(brokers, dir, clusterId, false);
  }

  /** Stops every broker (closing twice is harmless). */
  void stop() throws Exception {
    if (!stopped) {
      stopped = true;
      kit.close();
    }
  }

  /**
   * Stops broker {@code id} alone (a controlled shutdown: its partitions' leadership moves to the
   * other brokers); the others and the controller go on. Broker 0 also runs the controller, so stop
   * another.
   */
  public void stopBroker(int id) {
    if (id == 0) {
      throw new IllegalArgumentException("broker 0 also runs the controller: stop another");
    }
    kit.brokers().get(id).shutdown();
    kit.brokers().get(id).awaitShutdown();
  }

  /** Starts broker {@code id} again on its own log folder (on a new port). */
  public void startBroker(int id) {
    kit.brokers().get(id).startup();
  }

  public String bootstrap() {
    return kit.bootstrapServers();
  }

  /** A log on a topic of this cluster with a short timeout, so that failures show quickly. */
  KafkaLog log(String topic, java.time.Duration timeout) {
    return new KafkaLog(bootstrap(), topic, "lede-" + topic, (short) brokers, timeout);
  }

  Map<Integer, kafka.server.BrokerServer> brokers() {
    return kit.brokers();
  }

  @Override
  public void close() throws Exception {
    stop();
  }
}
