package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.HashingEmbedder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Random article sets never make the writer publish an unsupported sentence. */
class WriterPropertiesTest {
  private static final String[] NAMES = {
    "Maria Lopez", "James Chen", "Ann Patel", "Port of Tacoma", "Seoul", "Kim Min-jun", "Acme Corp"
  };
  private static final String[] SUBJECTS = {
    "The council",
    "Officials",
    "The company",
    "Police",
    "Residents",
    "The minister",
    "He",
    "They",
    "But the mayor"
  };
  private static final String[] VERBS = {
    "said", "approved", "rejected", "reported", "announced", "denied", "expects", "will review"
  };
  private static final String[] OBJECTS = {
    "the new budget", "a plan to rebuild the bridge", "people were injured", "the fire",
    "an inquiry into the crash", "the election results", "the offer", "\"a total disaster\""
  };
  private static final String[] TAILS = {
    "on Tuesday",
    "in 2021",
    "after a long debate",
    "(according to records)",
    "-- for now --",
    "according to reports",
    "which surprised nobody",
    "",
    "last week"
  };

  private static String sentence(Random r) {
    StringBuilder b = new StringBuilder();
    b.append(SUBJECTS[r.nextInt(SUBJECTS.length)]).append(' ');
    if (r.nextInt(3) == 0) {
      b.append(NAMES[r.nextInt(NAMES.length)]).append(' ');
    }
    b.append(VERBS[r.nextInt(VERBS.length)]).append(' ');
    if (r.nextInt(2) == 0) {
      b.append(r.nextInt(2000)).append(' ');
    }
    b.append(OBJECTS[r.nextInt(OBJECTS.length)]).append(' ');
    b.append(TAILS[r.nextInt(TAILS.length)]);
    if (r.nextInt(4) == 0) {
      b.append(", ").append(NAMES[r.nextInt(NAMES.length)]).append(" said");
    }
    String s = b.toString().strip().replaceAll("\\s+", " ");
    return s + (r.nextInt(10) == 0 ? "" : ".");
  }

  @Property(tries = 60)
  void neverPublishesAnUnsupportedSentence(
      @ForAll @IntRange(min = 1, max = 6) int articles, @ForAll long seed) {
    Random r = new Random(seed);
    List<WriterInput> in = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    for (int a = 0; a < articles; a++) {
      StringBuilder t = new StringBuilder();
      int n = 1 + r.nextInt(8);
      for (int k = 0; k < n; k++) {
        t.append(sentence(r)).append(r.nextInt(3) == 0 ? "\n\n" : " ");
      }
      String text = t.toString().strip();
      in.add(WriterInput.of("a" + a, "Outlet " + (a % 3), text));
      texts.put("a" + a, text);
    }
    WrittenStory s =
        OfflineWriter.create(new HashingEmbedder()).write("p", in, List.of(), Instant.EPOCH);
    GroundingChecker checker = GroundingChecker.forInputs(in);
    for (WrittenSentence ws : StructureLimits.sentences(s)) {
      for (SourceSpan sp : ws.sources()) {
        assertThat(texts.get(sp.article())).as(ws.text()).contains(sp.quote());
      }
      assertThat(checker.check(ws).problems()).as(ws.text()).isEmpty();
    }
    assertThat(s.headline().length()).isLessThanOrEqualTo(70);
  }
}
