package dev.lede.cli;

import dev.lede.newsroom.Newsroom;
import dev.lede.story.ClusterCommandLogic;
import dev.lede.story.ClusterInputException;
import dev.lede.story.StoryClusterer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code lede cluster}: stateless story clustering of JSON lines on stdin. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description =
        "Read JSON lines {id,text,title?,published?,url?,source?} on stdin and print"
            + " {\"id\",\"story\"} for each input line, in input order (uses a temporary index).")
final class ClusterCommand implements Callable<Integer> {
  @Override
  public Integer call() throws Exception {
    try {
      new ClusterCommandLogic(StoryClusterer.Config.defaults(), Newsroom.candidateIndexes())
          .run(System.in, System.out);
      return 0;
    } catch (ClusterInputException e) {
      System.err.println("lede cluster: " + e.getMessage());
      return 2;
    }
  }
}
