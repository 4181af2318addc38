package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newsroom with story assignment fed through a Kafka topic ({@code --log kafka://...}) places
 * the same articles in the same stories as with the in-process queue.
 */
@Timeout(240)
class KafkaNewsroomTest {
  @TempDir Path tmp;

  private static Map<String, Integer> storySizes(Newsroom room) {
    // Story ids are made per run; what must match is which articles share a story.
    return room.stories.assignments().stream()
        .collect(
            Collectors.groupingBy(
                a -> room.stories.resolve(a.storyId()),
                TreeMap::new,
                Collectors.summingInt(a -> 1)));
  }

  @Test
  void articlesHandedOverThroughKafkaLandInTheSameStoriesAsInProcess() throws Exception {
    Path input = tmp.resolve("in.jsonl");
    Files.writeString(
        input,
        NewsroomTest.twoQuakeReports()
            + NewsroomTest.line(
                "https://c.example/library",
                "Springfield Post",
                "Council approves library",
                "2021-09-27T09:00:00Z",
                NewsroomTest.OTHER));
    List<Integer> inProcess;
    try (Newsroom room = Newsroom.open(tmp.resolve("embedded"))) {
      room.ingest(List.of(input.toString()), req -> null, false, false, NewsroomListener.NONE);
      inProcess = storySizes(room).values().stream().sorted().toList();
    }
    TestKitNodes nodes =
        new TestKitNodes.Builder()
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .setBaseDirectory(tmp.resolve("kafka"))
            .build();
    try (KafkaClusterTestKit kafka =
        new KafkaClusterTestKit.Builder(nodes)
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("offsets.topic.num.partitions", "1")
            .build()) {
      kafka.format();
      kafka.startup();
      kafka.waitForReadyBrokers();
      try (Newsroom room =
          Newsroom.open(tmp.resolve("distributed"))
              .withLog(Optional.of("kafka://" + kafka.bootstrapServers() + "/articles"))) {
        room.ingest(List.of(input.toString()), req -> null, false, false, NewsroomListener.NONE);
        Map<String, Integer> sizes = storySizes(room);
        assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
        assertThat(sizes.values().stream().sorted().toList()).isEqualTo(inProcess);
        assertThat(room.stories.unassignedArticleIds()).isEmpty();
      }
    }
  }
}
