package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article about another event that shares one name with the story is not told as the story's.
 */
class NamesakeArticlesTest {
  private static final String[] OWN = {
    "The Philadelphia 76ers fired coach Jim O'Brien on Monday after one season and replaced him"
        + " with Maurice Cheeks, one of the most popular players in franchise history. Team"
        + " president Billy King said O'Brien's system did not fit his players. Cheeks will be"
        + " introduced at a Tuesday news conference.",
    "Billy King pushed out Jim O'Brien after just one season and brought in Maurice Cheeks as"
        + " head coach of the 76ers. King said he had the support of owner Ed Snider. Cheeks was"
        + " fired by the Portland Trail Blazers in March.",
    "Maurice Cheeks was introduced as the 21st head coach of the 76ers on Tuesday. Cheeks, who"
        + " played for the Sixers for 11 seasons, replaces Jim O'Brien, who was fired after one"
        + " season. Billy King said Cheeks was his first choice.",
    "Up the coast, the Sixers canned Jim O'Brien and quickly hired Maurice Cheeks. Cheeks ran"
        + " the Sixers in the 1980s as their point guard. Billy King called him family.",
  };

  private static List<Doc> docs(String... texts) {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      docs.add(Doc.analyze(WriterInput.of("d" + i, "outlet" + i, texts[i])));
    }
    return docs;
  }

  private static String[] with(String extra) {
    String[] all = new String[OWN.length + 1];
    System.arraycopy(OWN, 0, all, 0, OWN.length);
    all[OWN.length] = extra;
    return all;
  }

  @Test
  void anArticleOnAnotherCoachOfTheSameNameIsLeftOut() {
    List<Doc> docs =
        docs(
            with(
                "The NCAA notified Ohio State on Monday of nine alleged rules violations,"
                    + " including cash gifts and improper academic assistance by boosters. Ohio"
                    + " State previously said it was looking into a cash gift to a recruit from"
                    + " former basketball coach Jim O'Brien. The university must respond to the"
                    + " allegations by July 26, and the infractions committee will hear the"
                    + " case in August."));
    assertThat(NamesakeArticles.kept(docs)).hasSize(OWN.length).doesNotContain(docs.get(4));
  }

  @Test
  void aShortArticleOnTheStorysOwnEventNamingOneOfItsPeopleStays() {
    List<Doc> docs =
        docs(
            with(
                "The Sixers fired coach Jim O'Brien today after one season, and a former"
                    + " Portland coach will replace him as head coach of the team."));
    assertThat(NamesakeArticles.kept(docs)).hasSize(OWN.length + 1);
  }
}
