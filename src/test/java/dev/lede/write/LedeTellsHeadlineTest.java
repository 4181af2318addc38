package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.HashingEmbedder;
import dev.lede.testing.Slow;
import dev.lede.write.internal.Headlines;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lede tells what the headline tells: judges and readers read the headline against the opening,
 * and a headline made from another outlet's opening ("Bloomington man charged with third-degree
 * murder" over a lede telling only the crash) reads as a fact the story never tells.
 */
@Slow
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LedeTellsHeadlineTest {
  private final OfflineWriter writer = OfflineWriter.create(new HashingEmbedder());

  @Test
  void everyWordOfTheHeadlineIsToldInTheLedeOfStoriesWhoseOutletsOpenDifferently()
      throws Exception {
    for (String id : List.of("21_ecb", "24_ecb")) {
      WrittenStory s = writer.write(id, DevStoriesTest.cluster(id), List.of(), Instant.EPOCH);
      Set<String> lede = new HashSet<>();
      for (WrittenSentence w : s.lede()) {
        lede.addAll(Headlines.lemmaStems(w.text()));
      }
      assertThat(lede)
          .as("%s: headline \"%s\" against lede %s", id, s.headline(), s.lede())
          .containsAll(Headlines.lemmaStems(s.headline()));
    }
  }
}
