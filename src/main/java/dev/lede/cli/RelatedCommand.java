package dev.lede.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.newsroom.Newsroom;
import dev.lede.related.RelatedStories;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lede related STORY_ID}: the stories most related to one story. */
@Command(
    name = "related",
    mixinStandardHelpOptions = true,
    description =
        "Print the stories most related to STORY_ID as JSON lines"
            + " {\"story\",\"headline\",\"reason\",\"teaser\",\"score\"}, best first; never the"
            + " story itself.")
final class RelatedCommand implements Callable<Integer> {
  @Mixin DataDir data;

  @Parameters(paramLabel = "STORY_ID")
  String storyId;

  @Option(
      names = "--limit",
      defaultValue = "5",
      description = "At most this many. Default: ${DEFAULT-VALUE}")
  int limit;

  @Override
  public Integer call() throws Exception {
    try (Newsroom room = Newsroom.open(data.dir)) {
      if (room.stories().articlesOf(room.stories().resolve(storyId)).isEmpty()) {
        System.err.println("lede related: no such story: " + storyId);
        return 1;
      }
      for (RelatedStories.Related r : room.relatedStories().find(storyId, limit)) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("story", r.storyId());
        n.put("headline", room.headline(r.storyId()));
        n.put("reason", r.reason());
        n.put("teaser", room.teaser(r.storyId()));
        n.put("score", Math.round(r.score() * 1000) / 1000.0);
        System.out.println(Json.MAPPER.writeValueAsString(n));
      }
      System.out.flush();
      return 0;
    }
  }
}
