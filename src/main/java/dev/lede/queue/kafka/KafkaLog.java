package dev.lede.queue.kafka;

import dev.lede.model.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a Kafka log is and how the queue uses it, parsed from {@code
 * kafka://HOST:PORT[,HOST:PORT...]/TOPIC[?group=G&replication=N&timeout=S&partitions=P]}: the
 * brokers to bootstrap from, the topic the hand-over goes through, the consumer group whose
 * committed offsets say what was done (default {@code lede-TOPIC}), the replication factor a new
 * topic gets (default 1), how long a broker may stay silent before the queue gives up with an error
 * (default 30 seconds), and how many partitions the worker roles' topics get when created (default
 * 6: at most that many workers of one role share its work).
 *
 * @param bootstrap brokers, comma-separated {@code host:port}
 * @param topic topic name
 * @param group consumer group
 * @param replication replication factor of a topic this queue creates
 * @param timeout how long to wait for an unanswering broker
 * @param partitions partitions of each worker-role topic this log creates
 */
public record KafkaLog(
    String bootstrap,
    String topic,
    String group,
    short replication,
    Duration timeout,
    int partitions) {
  /** Partitions of a worker-role topic unless the URL says otherwise. */
  public static final int DEFAULT_PARTITIONS = 6;

  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  private static final Pattern BROKER = Pattern.compile("[^\\s,:/]+:\\d{1,5}");

  public KafkaLog {
    Require.nonNull("bootstrap topic group timeout", bootstrap, topic, group, timeout);
    for (String broker : bootstrap.split(",", -1)) {
      if (!BROKER.matcher(broker).matches()) {
        throw new IllegalArgumentException(
            "Kafka broker '" + broker + "' is not HOST:PORT (in '" + bootstrap + "')");
      }
    }
    if (!TOPIC.matcher(topic).matches()) {
      throw new IllegalArgumentException(
          "Kafka topic '" + topic + "' must be 1-249 of letters, digits, '.', '_' and '-'");
    }
    if (group.isBlank()) {
      throw new IllegalArgumentException("Kafka consumer group must not be blank");
    }
    if (replication < 1) {
      throw new IllegalArgumentException(
          "Kafka replication factor must be at least 1, was " + replication);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("Kafka timeout must be positive, was " + timeout);
    }
    if (partitions < 1 || partitions > 1000) {
      throw new IllegalArgumentException(
          "Kafka partitions must be between 1 and 1000, was " + partitions);
    }
  }

  /** A log with {@link #DEFAULT_PARTITIONS} partitions per worker-role topic. */
  public KafkaLog(
      String bootstrap, String topic, String group, short replication, Duration timeout) {
    this(bootstrap, topic, group, replication, timeout, DEFAULT_PARTITIONS);
  }

  /** The same log on another topic, with that topic's own consumer group {@code GROUP.suffix}. */
  public KafkaLog role(String suffix) {
    return new KafkaLog(
        bootstrap, topic + "." + suffix, group + "." + suffix, replication, timeout, partitions);
  }

  /** The log of {@code topic} on {@code bootstrap} with the defaults. */
  public static KafkaLog of(String bootstrap, String topic) {
    return new KafkaLog(bootstrap, topic, "lede-" + topic, (short) 1, Duration.ofSeconds(30));
  }

  /**
   * Parses a {@code kafka://} URL.
   *
   * @throws IllegalArgumentException naming the URL and what is wrong with it
   */
  public static KafkaLog parse(String url) {
    Objects.requireNonNull(url, "url");
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a kafka:// URL: '" + url + "': " + e.getMessage());
    }
    if (!"kafka".equals(uri.getScheme())) {
      throw new IllegalArgumentException(
          "not a kafka:// URL: '" + url + "' (expected kafka://HOST:PORT/TOPIC)");
    }
    String brokers = uri.getRawAuthority();
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (brokers == null || brokers.isEmpty()) {
      throw new IllegalArgumentException("kafka:// URL '" + url + "' names no broker");
    }
    String topic = path.startsWith("/") ? path.substring(1) : path;
    if (topic.isEmpty()) {
      throw new IllegalArgumentException(
          "kafka:// URL '" + url + "' names no topic (kafka://HOST:PORT/TOPIC)");
    }
    Map<String, String> q = query(uri.getRawQuery(), url);
    KafkaLog d = of(brokers, topic);
    try {
      return new KafkaLog(
          brokers,
          topic,
          q.getOrDefault("group", d.group()),
          q.containsKey("replication") ? Short.parseShort(q.get("replication")) : d.replication(),
          q.containsKey("timeout")
              ? Duration.ofSeconds(Long.parseLong(q.get("timeout")))
              : d.timeout(),
          q.containsKey("partitions") ? Integer.parseInt(q.get("partitions")) : d.partitions());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "kafka:// URL '" + url + "': replication, timeout and partitions must be whole numbers",
          e);
    }
  }

  private static Map<String, String> query(String raw, String url) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (!key.equals("group")
          && !key.equals("replication")
          && !key.equals("timeout")
          && !key.equals("partitions")) {
        throw new IllegalArgumentException(
            "kafka:// URL '"
                + url
                + "': unknown parameter '"
                + key
                + "' (known: group, replication, timeout, partitions)");
      }
      out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }
}
