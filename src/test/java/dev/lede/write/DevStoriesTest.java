package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.HashingEmbedder;
import dev.lede.testing.SharedData;
import dev.lede.testing.Slow;
import dev.lede.write.internal.Doc;
import dev.lede.write.internal.Trimmer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Stories of ECB+ development events (topics 1-25 only; 26-35 are held out) written as the newsroom
 * writes them, read for what an editor would strike: page furniture, another instance of the event,
 * a fact told twice.
 */
@Slow
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DevStoriesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final OfflineWriter writer = OfflineWriter.create(new HashingEmbedder());

  /** The articles of one ECB+ development cluster ("21_ecbplus"), in file order. */
  static List<WriterInput> cluster(String id) throws Exception {
    assertThat(Integer.parseInt(id.substring(0, id.indexOf('_')))).as("a dev topic").isLessThan(26);
    Path file = SharedData.require("clustering/ecbplus-dev/docs.jsonl");
    List<WriterInput> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      JsonNode n = JSON.readTree(line);
      if (n.get("cluster_id").asText().equals(id)) {
        String doc = n.get("doc_name").asText();
        out.add(WriterInput.of(doc, doc.replace(".xml", ""), n.get("text").asText()));
      }
    }
    return out;
  }

  private List<String> published(String id) throws Exception {
    List<WriterInput> in = cluster(id);
    WrittenStory s = writer.write(id, in, List.of(), Instant.EPOCH);
    return StructureLimits.sentences(s).stream().map(WrittenSentence::text).toList();
  }

  @Test
  void aBlogsPostLineIsNeverDraftedNorPublished() throws Exception {
    List<WriterInput> in = cluster("21_ecbplus");
    int lines = 0;
    for (WriterInput w : in) {
      Doc d = Doc.analyze(w);
      for (int i = 0; i < d.sentences.size(); i++) {
        String t = d.sentences.get(i).text();
        if (t.contains("posted in") && t.contains("Accidents on")) {
          lines++;
          assertThat(Trimmer.draft(d, i, false)).as(w.id()).isEmpty();
          assertThat(Trimmer.draft(d, i, true)).as(w.id()).isEmpty();
        }
      }
    }
    assertThat(lines).as("post lines in the dev articles").isGreaterThanOrEqualTo(2);
    assertThat(published("21_ecbplus")).noneMatch(t -> t.contains("posted in"));
  }

  /**
   * Another outlet's lead sentence tells the lede's news in its own words ("Four men rammed their
   * car into the Casty store" under "Thieves pulled off a jewellery heist"; "Bush will miss the
   * team's final two games" under "The Saints placed Reggie Bush on injured reserve"): in these
   * stories a multi-outlet lede goes on, if at all, with its opening's own article.
   */
  @Test
  void aMultiOutletLedeGoesOnWithItsOpeningsOwnArticleNotAnotherOutletsRetelling()
      throws Exception {
    int more = 0;
    for (String id :
        List.of("24_ecbplus", "25_ecb", "12_ecb", "23_ecb", "8_ecb", "21_ecb", "9_ecbplus")) {
      List<WriterInput> in = cluster(id);
      WrittenStory s = writer.write(id, in, List.of(), Instant.EPOCH);
      String own = s.lede().get(0).sources().get(0).article();
      for (WrittenSentence w : s.lede().subList(1, s.lede().size())) {
        more++;
        assertThat(w.sources().get(0).article()).as(id + ": " + w.text()).isEqualTo(own);
      }
    }
    assertThat(more).as("ledes that go on").isPositive();
  }
}
