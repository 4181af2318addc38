package dev.lede.index.opensearch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real OpenSearch 2.19 node in the test JVM (the engine's own {@code Node}, with the Netty HTTP
 * transport and the common analysis module, as the distribution has them), single-node, REST on a
 * free port of 127.0.0.1, data in a test folder. Started again ({@link #restart}) it keeps its
 * indexes and its port.
 */
public final class OpenSearchTestNode implements AutoCloseable {
  private static final List<Class<? extends Plugin>> PLUGINS =
      List.of(Netty4Plugin.class, CommonAnalysisPlugin.class);

  /**
   * With the k-NN plugin: its jars are on the tests' class path only (surefire's, unpacked from the
   * plugin zip by the build), so it is found by name.
   */
  private static List<Class<? extends Plugin>> withKnn() {
    try {
      return List.of(
          Netty4Plugin.class,
          CommonAnalysisPlugin.class,
          Class.forName("org.opensearch.knn.plugin.KNNPlugin").asSubclass(Plugin.class));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "the OpenSearch k-NN plugin is not on the class path: run the tests through Maven"
              + " (it unpacks target/opensearch-knn and adds its jars)",
          e);
    }
  }

  private final Path dir;
  private final Settings cluster;
  private final int httpPort;
  private final Node node;
  private boolean stopped;

  /** The engine's Node, with plugins from the class path as its own tests start it. */
  private static final class ClasspathNode extends Node {
    ClasspathNode(Environment env, List<Class<? extends Plugin>> plugins) {
      super(env, plugins, true);
    }
  }

  private final boolean knn;

  private OpenSearchTestNode(Path dir, int httpPort, Node node, Settings cluster, boolean knn) {
    this.knn = knn;
    this.cluster = cluster;
    this.dir = dir;
    this.httpPort = httpPort;
    this.node = node;
  }

  public static OpenSearchTestNode start(Path dir) throws Exception {
    return start(dir, freePort(), null, false);
  }

  /**
   * A single node with the k-NN plugin as well ({@code knn_vector} fields, {@code knn} queries).
   */
  public static OpenSearchTestNode startWithKnn(Path dir) throws Exception {
    return start(dir, freePort(), null, true);
  }

  /**
   * Two nodes in this JVM forming one cluster: the first is the cluster manager and holds data
   * (REST goes to it), the second holds data only, so it can stop with the cluster still up and an
   * index of one replica still whole on the first.
   */
  public static List<OpenSearchTestNode> startPair(Path dir) throws Exception {
    int managerTransport = freePort();
    OpenSearchTestNode first =
        start(
            dir.resolve("node-0"),
            freePort(),
            Settings.builder()
                .put("node.name", "lede-test-node-0")
                .putList("node.roles", "cluster_manager", "data", "ingest")
                .put("transport.port", managerTransport)
                .putList("discovery.seed_hosts", "127.0.0.1:" + managerTransport)
                .putList("cluster.initial_cluster_manager_nodes", "lede-test-node-0")
                .build(),
            false);
    try {
      OpenSearchTestNode second =
          start(
              dir.resolve("node-1"),
              freePort(),
              Settings.builder()
                  .put("node.name", "lede-test-node-1")
                  .putList("node.roles", "data", "ingest")
                  .putList("discovery.seed_hosts", "127.0.0.1:" + managerTransport)
                  .build(),
              false);
      return List.of(first, second);
    } catch (Exception e) {
      first.close();
      throw e;
    }
  }

  private static OpenSearchTestNode start(Path dir, int port, Settings cluster, boolean knn)
      throws Exception {
    Settings.Builder b =
        Settings.builder()
            .put("cluster.name", "lede-test")
            .put("node.name", "lede-test-node")
            .put("path.home", dir.toString())
            .put("path.data", dir.resolve("data").toString())
            .put("path.logs", dir.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", port)
            .put("transport.port", freePort())
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            .put("node.processors", 1)
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false);
    if (cluster == null) {
      b.put("discovery.type", "single-node");
    } else {
      b.put(cluster);
    }
    Settings settings = b.build();
    Environment env =
        InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "lede-test");
    Node node = new ClasspathNode(env, knn ? withKnn() : PLUGINS);
    try {
      node.start();
    } catch (Exception e) {
      node.close();
      throw e;
    }
    OpenSearchTestNode started = new OpenSearchTestNode(dir, port, node, cluster, knn);
    if (cluster == null) {
      // Indexes already on disk are usable once their shards have recovered.
      new OpenSearchClient(started.address("unused", Duration.ofSeconds(60)))
          .get("/_cluster/health?wait_for_status=green&timeout=50s");
    }
    return started;
  }

  /**
   * Waits (up to 50 s) until the cluster has {@code nodes} nodes and {@code status} (green: every
   * replica allocated); returns the status reached.
   */
  public String awaitHealth(int nodes, String status) throws IOException {
    return new OpenSearchClient(address("unused", Duration.ofSeconds(60)))
        .get(
            "/_cluster/health?wait_for_status="
                + status
                + "&wait_for_nodes="
                + nodes
                + "&timeout=50s")
        .path("status")
        .asText();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** The address of {@code index} on this node, with a short timeout so failures show quickly. */
  OpenSearchAddress address(String index, Duration timeout) {
    return new OpenSearchAddress(URI.create("http://127.0.0.1:" + httpPort), index, 0, timeout);
  }

  /** The {@code opensearch://} URL of {@code index} on this node (the {@code --index} form). */
  public String url(String index) {
    return "opensearch://127.0.0.1:" + httpPort + "/" + index;
  }

  /** Stops the node and starts it again on the same data and port. */
  public OpenSearchTestNode restart() throws Exception {
    stop();
    return start(dir, httpPort, cluster, knn);
  }

  /** Stops the node (twice is harmless). */
  public void stop() throws IOException {
    if (!stopped) {
      stopped = true;
      node.close();
      try {
        node.awaitClose(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
