package dev.lede.write.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.model.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplyTest {
  private static final String SENTENCE =
      "{\"text\": \"Six  people\\ndied.\", \"sources\": [{\"article\": \"a\", \"quote\": \"Six"
          + "  people died\"}]}";

  @Test
  void aSentenceIsReadWithItsQuotesExactlyAndItsTextOnOneLine() throws Exception {
    Reply r = Reply.parse("{\"lede\": [" + SENTENCE + "]}");
    assertThat(r.lede())
        .containsExactly(
            new Reply.Item(
                "lede sentence 1",
                "Six people died.",
                List.of(new SourceSpan("a", "Six  people died")),
                Optional.empty()));
    assertThat(r.headline()).isEmpty();
    assertThat(r.sections()).isEmpty();
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void aReplyInACodeFenceOrAfterASentenceIsFound() throws Exception {
    String json = "{\"headline\": \"Bridge falls\", \"lede\": [" + SENTENCE + "]}";
    assertThat(Reply.parse("```json\n" + json + "\n```").headline()).contains("Bridge falls");
    assertThat(Reply.parse("Here is the article: " + json).lede()).hasSize(1);
  }

  @Test
  void aSentenceOfTheWrongShapeIsKeptAsMalformed() throws Exception {
    Reply r =
        Reply.parse(
            "{\"lede\": [\"just text\", {\"text\": \"No sources.\"}, {\"text\": \"Bad.\","
                + " \"sources\": [{\"article\": 3}]}]}");
    assertThat(r.lede())
        .extracting(Reply.Item::where, Reply.Item::malformed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lede sentence 1", Optional.of("is not an object")),
            org.assertj.core.groups.Tuple.tuple(
                "lede sentence 2", Optional.of("has no \"sources\" list")),
            org.assertj.core.groups.Tuple.tuple(
                "lede sentence 3", Optional.of("has a source that is not {article, quote}")));
  }

  @Test
  void sectionsAreReadWithALoneSentenceAsAParagraph() throws Exception {
    Reply r =
        Reply.parse(
            "{\"lede\": [], \"sections\": [{\"heading\": \"What we know\", \"paragraphs\": [["
                + SENTENCE
                + "], "
                + SENTENCE
                + "]}, 7, {\"heading\": \"x\"}]}");
    assertThat(r.sections()).hasSize(3);
    Reply.Part first = r.sections().get(0);
    assertThat(first.heading()).isEqualTo("What we know");
    assertThat(first.paragraphs()).hasSize(2);
    assertThat(first.paragraphs().get(1).get(0).where())
        .isEqualTo("section 1 paragraph 2 sentence 1");
    assertThat(r.sections().get(1).malformed()).contains("section 2 is not an object");
    assertThat(r.sections().get(2).malformed()).contains("section 3 has no \"paragraphs\" list");
  }

  @Test
  void fieldsThatAreNotTheModelsToWriteAreIgnored() throws Exception {
    Reply r =
        Reply.parse("{\"lede\": [], \"disclaimer\": \"x\", \"sources\": [1], \"headline\": 42}");
    assertThat(r.headline()).isEmpty();
    assertThat(r.notes()).containsExactly("model headline is not a string; ignored");
  }

  @Test
  void aVeryLongReplyIsCut() throws Exception {
    StringBuilder b = new StringBuilder("{\"lede\": [");
    for (int i = 0; i < Reply.MAX_SENTENCES + 5; i++) {
      b.append(i == 0 ? "" : ",").append(SENTENCE);
    }
    Reply r = Reply.parse(b.append("]}").toString());
    assertThat(r.lede()).hasSize(Reply.MAX_SENTENCES);
    assertThat(r.notes())
        .containsExactly("model reply has more than 200 sentences; the rest is ignored");
  }

  @Test
  void aReplyThatIsNotTheArticleIsRefusedWithTheProblem() {
    assertThatThrownBy(() -> Reply.parse("{\"lede\": [1, 2"))
        .isInstanceOf(Reply.BadReply.class)
        .hasMessageStartingWith("model reply is not JSON: Unexpected end-of-input");
    assertThatThrownBy(() -> Reply.parse("{\"lede\": \"text\"}"))
        .isInstanceOf(Reply.BadReply.class)
        .hasMessage("model reply has no \"lede\" list");
  }
}
