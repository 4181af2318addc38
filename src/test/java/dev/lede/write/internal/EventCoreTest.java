package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.write.OfflineWriter;
import dev.lede.write.WriterInput;
import dev.lede.write.WriterInputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A story tells its central event: the clusterer may put a follow-up weeks later (another event of
 * the same people) in the same story, and the writer leaves those articles out.
 */
class EventCoreTest {
  private static WriterInput dated(String id, String day, String text) {
    return WriterInputs.at(id, "outlet-" + id, text, day + "T12:00:00Z");
  }

  private static List<Doc> docs(WriterInput... in) {
    List<Doc> out = new ArrayList<>();
    for (WriterInput w : in) {
      out.add(Doc.analyze(w));
    }
    return out;
  }

  private static List<String> ids(List<Doc> docs) {
    return docs.stream().map(Doc::id).toList();
  }

  @Test
  void articlesOfALaterRunOfDaysAreLeftOutOfTheStory() {
    List<Doc> docs =
        docs(
            dated("a", "2013-05-02", "Lindsay Lohan checked into a rehab centre on Thursday."),
            dated("b", "2013-05-03", "Lindsay Lohan has checked into the Betty Ford Center."),
            dated("c", "2013-05-03", "Lohan checked into the Betty Ford Center early Friday."),
            dated("d", "2013-06-13", "Lindsay Lohan has left the Betty Ford Center for Malibu."),
            dated("e", "2013-06-14", "Lohan checked out of Betty Ford and into a Malibu clinic."));
    assertThat(ids(EventCore.of(docs).docs())).containsExactly("a", "b", "c");
  }

  @Test
  void aStoryOfCloseDaysKeepsEveryArticle() {
    List<Doc> docs =
        docs(
            dated("a", "2009-11-30", "A Texas inmate escaped from a prison van near Houston."),
            dated("b", "2009-12-03", "Rewards are offered for the Texas prison escapee."),
            dated("c", "2009-12-05", "The escapee is now on the most wanted list."),
            dated("d", "2009-12-07", "The escaped Texas prisoner was captured on Monday."));
    assertThat(ids(EventCore.of(docs).docs())).containsExactly("a", "b", "c", "d");
  }

  @Test
  void undatedArticlesStayAndTooSmallACoreKeepsEveryArticle() {
    List<Doc> docs =
        docs(
            WriterInput.of("u", "wire", "A deputy was shot dead outside a house on Friday."),
            dated("a", "2005-06-24", "A sheriff's deputy was shot and killed on Friday."),
            dated("b", "2005-06-25", "A gunman killed a deputy on gang duty."),
            dated("c", "2007-04-04", "The deputy's killer was sentenced to death."));
    assertThat(ids(EventCore.of(docs).docs())).containsExactly("u", "a", "b", "c");
    docs.add(Doc.analyze(dated("d", "2005-06-26", "The deputy's suspected killer was held.")));
    assertThat(ids(EventCore.of(docs).docs())).containsExactly("u", "a", "b", "d");
  }

  @Test
  void aDatelineAtTheTopDatesAnArticleWithoutMetadata() {
    Doc d =
        Doc.analyze(
            WriterInput.of(
                "x",
                "wire",
                "Lindsay Lohan checks into Betty Ford Center\nMay 03, 2013\nLindsay Lohan has"
                    + " checked into the Betty Ford Center."));
    assertThat(EventCore.dayOf(d))
        .hasValueSatisfying(day -> assertThat(day).hasToString("2013-05-03"));
  }

  @Test
  void theWrittenStoryCitesNoArticleOfTheOtherEvent() {
    List<WriterInput> in =
        List.of(
            dated(
                "a",
                "2013-05-02",
                "Lindsay Lohan checked into a rehab centre in Newport Beach on"
                    + " Thursday, her lawyer told a Los Angeles judge."),
            dated(
                "b",
                "2013-05-03",
                "Lindsay Lohan has checked into the Betty Ford Center in"
                    + " Rancho Mirage to begin a 90-day court-mandated stay."),
            dated(
                "c",
                "2013-05-03",
                "Actress Lindsay Lohan checked into the Betty Ford Center"
                    + " early on Friday, a source told the Associated Press."),
            dated(
                "d",
                "2013-06-13",
                "Lindsay Lohan has left the Betty Ford Center and checked"
                    + " into the Cliffside clinic in Malibu, her attorney Shawn Holley said."));
    WrittenStory s =
        OfflineWriter.lexical()
            .write("lohan", in, List.of(), Instant.parse("2013-07-01T00:00:00Z"));
    List<WrittenSentence> all = new ArrayList<>(s.lede());
    s.sections().forEach(sec -> sec.paragraphs().forEach(all::addAll));
    assertThat(all).isNotEmpty();
    assertThat(all)
        .allSatisfy(w -> assertThat(w.sources()).noneMatch(sp -> sp.article().equals("d")));
  }
}
