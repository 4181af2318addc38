package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.model.Section;
import dev.lede.model.SeoReport;
import dev.lede.model.SourceRef;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VersionNoteTest {
  private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");

  private static SourceRef ref(String id, String outlet) {
    return new SourceRef(id, outlet, "", "", Optional.empty());
  }

  private static WrittenSentence sentence(String text) {
    return new WrittenSentence(text, List.of(new SourceSpan("a", text)));
  }

  /** A story with these sources whose lede is the first sentence and body the rest. */
  private static WrittenStory story(List<SourceRef> sources, String... sentences) {
    List<WrittenSentence> lede = List.of(sentence(sentences[0]));
    List<WrittenSentence> body = new ArrayList<>();
    for (int i = 1; i < sentences.length; i++) {
      body.add(sentence(sentences[i]));
    }
    List<Section> sections =
        body.isEmpty() ? List.of() : List.of(new Section("What we know", List.of(body)));
    return new WrittenStory(
        "s",
        1,
        "headline",
        "kp",
        "meta",
        lede,
        sections,
        List.of(),
        List.of(),
        List.of(),
        "disclaimer",
        sources,
        new SeoReport(0, List.of()),
        NOW,
        NOW);
  }

  @Test
  void namesTheOutletsOfTheSourcesAdded() {
    WrittenStory v1 = story(List.of(ref("a", "Reuters")), "A fire broke out at the port.");
    WrittenStory v2 =
        story(
            List.of(ref("a", "Reuters"), ref("b", "Puget Daily"), ref("c", "Puget Daily")),
            "A fire broke out at the port.");
    assertThat(VersionNote.between(v1, v2)).isEqualTo("Added 2 sources: Puget Daily (2).");
  }

  @Test
  void backgroundSourcesOfEarlierStoriesAreNotNewCoverage() {
    WrittenStory v1 = story(List.of(ref("a", "Reuters")), "A fire broke out at the port.");
    WrittenStory v2 =
        story(
            List.of(ref("a", "Reuters"), ref("old", "Archive Post").asBackground()),
            "A fire broke out at the port.");
    assertThat(VersionNote.between(v1, v2)).isEqualTo("Re-written; no new sources or facts.");
  }

  @Test
  void namesTheNumbersAndDatesOnlyTheNewVersionStates() {
    List<SourceRef> one = List.of(ref("a", "Reuters"));
    WrittenStory v1 =
        story(one, "A fire broke out at the port on March 3.", "Officials said 12 people died.");
    WrittenStory v2 =
        story(
            List.of(ref("a", "Reuters"), ref("b", "Sound Courier")),
            "A fire broke out at the port on March 3.",
            "Officials said 15 people died.",
            "The governor announced an emergency fund of $2 million.");
    assertThat(VersionNote.between(v1, v2))
        .isEqualTo("Added 1 source: Sound Courier. New facts: 15 people, $2 million.");
  }

  @Test
  void aFactWrittenDifferentlyIsNotNew() {
    List<SourceRef> one = List.of(ref("a", "Reuters"));
    WrittenStory v1 = story(one, "The fund holds $2 million for the families.");
    WrittenStory v2 = story(one, "The governor set aside $2,000,000 for the victims' families.");
    assertThat(VersionNote.between(v1, v2)).isEqualTo("Re-written; no new sources or facts.");
  }

  @Test
  void aWeekdayAloneIsNotAFact() {
    List<SourceRef> one = List.of(ref("a", "Reuters"));
    WrittenStory v1 = story(one, "A fire broke out at the port.");
    WrittenStory v2 = story(one, "A fire broke out at the port on Tuesday.");
    assertThat(VersionNote.between(v1, v2)).isEqualTo("Re-written; no new sources or facts.");
  }

  @Test
  void manyNewFactsAreCounted() {
    List<SourceRef> one = List.of(ref("a", "Reuters"));
    WrittenStory v1 = story(one, "A fire broke out at the port.");
    WrittenStory v2 =
        story(
            one,
            "A fire broke out at the port on March 3, 2025.",
            "It killed 15 people and injured 30 workers.",
            "Damage reached $2 million, 40% of the port's insurance.",
            "About 200 firefighters fought it.");
    assertThat(VersionNote.between(v1, v2)).endsWith(" and 2 more.").startsWith("New facts: ");
  }

  @Test
  void aRewriteOfTheHarborStoryNamesTheNewOutletAndOnlyFactsTheOldVersionLacked() {
    OfflineWriter writer = OfflineWriter.lexical();
    WrittenStory v1 = writer.write("harbor", Stories.harbor().subList(0, 2), List.of(), NOW);
    WrittenStory v2 = writer.write("harbor", Stories.harbor(), List.of(), NOW);
    String note = VersionNote.between(v1, v2);
    assertThat(note).startsWith("Added 1 source: Puget Daily.");
    String old =
        String.join(" ", StructureLimits.sentences(v1).stream().map(s -> s.text()).toList());
    for (String fact : VersionNote.newFacts(v1, v2)) {
      assertThat(old).as(fact).doesNotContain(fact);
    }
  }

  @Test
  void nullVersionsAreRefusedByName() {
    WrittenStory s = story(List.of(ref("a", "Reuters")), "A fire broke out at the port.");
    assertThatThrownBy(() -> VersionNote.between(null, s))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("before");
    assertThatThrownBy(() -> VersionNote.between(s, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("after");
  }
}
