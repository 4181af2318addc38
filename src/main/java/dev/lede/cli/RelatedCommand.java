package dev.lede.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.newsroom.Newsroom;
import dev.lede.related.RelatedStories;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
    }
    // Opened as a site serves it: no lock taken, nothing written in the folder.
    try (Newsroom room = Newsroom.openForServing(data.toRead())) {
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
      Json.checkWritten(System.out);
      return 0;
    }
  }
}
