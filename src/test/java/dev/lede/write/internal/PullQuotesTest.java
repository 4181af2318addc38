package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.PullQuote;
import dev.lede.write.WriterInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pull quotes stand apart from the text: each must carry the right speaker by full name. */
class PullQuotesTest {
  private static final String TEXT =
      "Television host Ellen Morgan will present the awards for a second time, the producers"
          + " announced on Friday.\n\n"
          + "\"It is an honor to welcome back Ellen Morgan as the host of the biggest night of the"
          + " year,\" said Paul Lee, president, Westbrook Entertainment Group.\n\n"
          + "Morgan said she was delighted by the news.\n\n"
          + "\"I am so excited to be hosting the awards for the second time,\" she wrote on her"
          + " website, adding that the show was \"a stretch for the academy, but worth the risk"
          + " this year.\"\n\n"
          + "\"We are thrilled to have her back on the stage in February,\" producer Neil Carter"
          + " said in a statement.\n\n"
          + "\"The decision was made quickly and the board agreed with it,\" Interior said.";

  private static List<PullQuote> quotes() {
    Doc d = Doc.analyze(WriterInput.of("a1", "Daily", TEXT));
    StoryEntities entities = new StoryEntities(List.of(d));
    return PullQuotes.of(List.of(d), Scoring.candidates(List.of(d), entities, true), entities);
  }

  @Test
  void aQuoteWhoseSentenceNamesItsSpeakerByFullNameIsAPullQuote() {
    assertThat(quotes()).extracting(PullQuote::speaker).contains("Neil Carter");
  }

  @Test
  void everyPullQuoteOpensWithACapitalAndNamesAPersonInItsOwnSentence() {
    for (PullQuote q : quotes()) {
      assertThat(Character.isUpperCase(q.text().charAt(0))).as(q.text()).isTrue();
      assertThat(q.speaker().split(" ")).as(q.speaker()).hasSizeGreaterThanOrEqualTo(2);
      String last = q.speaker().substring(q.speaker().lastIndexOf(' ') + 1);
      String sentence = TEXT.lines().filter(l -> l.contains(q.text())).findFirst().orElseThrow();
      assertThat(sentence.replace(q.text(), "")).as(q.text()).contains(last);
    }
  }

  @Test
  void aLineWhoseSpeakerIsOnlyGuessedFromAnEarlierSentenceIsNoPullQuote() {
    assertThat(quotes())
        .extracting(PullQuote::text)
        .noneMatch(t -> t.startsWith("I am so excited"))
        .noneMatch(t -> t.startsWith("a stretch"))
        .noneMatch(t -> t.startsWith("The decision"));
  }

  @Test
  void inAStoryOfManyOutletsOnlyASpeakerTwoArticlesNameGivesAPullQuote() {
    List<Doc> docs = new java.util.ArrayList<>();
    docs.add(Doc.analyze(WriterInput.of("b1", "Daily", TEXT)));
    docs.add(
        Doc.analyze(
            WriterInput.of(
                "b2",
                "Wire",
                "Producer Neil Carter confirmed that Ellen Morgan will host the awards again.")));
    docs.add(
        Doc.analyze(
            WriterInput.of(
                "b3",
                "Post",
                "Ellen Morgan returns as host of the awards in February, Neil Carter said.")));
    docs.add(
        Doc.analyze(
            WriterInput.of(
                "b4", "Times", "The awards will have Ellen Morgan as their host again.")));
    StoryEntities entities = new StoryEntities(docs);
    List<PullQuote> quotes =
        PullQuotes.of(docs, Scoring.candidates(docs, entities, true), entities);
    assertThat(quotes).extracting(PullQuote::speaker).contains("Neil Carter");
    assertThat(quotes).extracting(PullQuote::speaker).doesNotContain("Paul Lee");
    assertThat(quotes())
        .as("one article: its speakers are the story's")
        .extracting(PullQuote::speaker)
        .contains("Paul Lee");
  }

  @Test
  void aSpeakerWhoseSurnameAnotherPersonOfTheArticleSharesGivesNoPullQuote() {
    String text =
        "The Sixers named assistant general manager Tony DiLeo interim coach on Saturday.\n\n"
            + "\"This is a proud day for our whole family and for the club,\" Tony DiLeo said.\n\n"
            + "His son, T.J. DiLeo, is a guard for Temple.\n\n"
            + "\"I think it is unfortunate for the coach, but my dad is ready to step in,\" DiLeo"
            + " said.";
    Doc d = Doc.analyze(WriterInput.of("s1", "Sports", text));
    assertThat(PullQuotes.namesAnotherOfTheSurname("Tony DiLeo", d)).isTrue();
    assertThat(PullQuotes.namesAnotherOfTheSurname("Neil Carter", d)).isFalse();
    StoryEntities entities = new StoryEntities(List.of(d));
    assertThat(PullQuotes.of(List.of(d), Scoring.candidates(List.of(d), entities, true), entities))
        .extracting(PullQuote::speaker)
        .doesNotContain("Tony DiLeo");
  }
}
