package dev.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleMinimumTest {
  @Test
  void everyArticleOfTheBundledDemoIsLongEnough() throws IOException {
    List<String> tooShort = new ArrayList<>();
    int read = 0;
    ObjectMapper json = new ObjectMapper();
    for (String file :
        List.of(
            "demo/wikinews-en/articles.jsonl",
            "demo/wikinews-ko/demo-slice.jsonl",
            "demo/wikinews-ja/jawikinews.jsonl")) {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (line.isBlank()) continue;
        JsonNode a = json.readTree(line);
        read++;
        ArticleMinimum.shortfall(a.get("text").asText())
            .ifPresent(p -> tooShort.add(file + " " + a.get("title").asText() + ": " + p));
      }
    }
    assertThat(read).isGreaterThan(500);
    assertThat(tooShort).isEmpty();
  }

  @Test
  void latinTextNeedsTwoHundredCharactersAndTwoSentences() {
    String sentence = "The council voted on Tuesday to build a new bridge over the river. ";
    assertThat(ArticleMinimum.shortfall(sentence.repeat(3))).isEmpty();
    assertThat(ArticleMinimum.shortfall("Page not found. Try the search box."))
        .hasValue(
            "35 characters, 2 sentences; an article needs at least 200 characters and 2 sentences");
    String oneLongSentence = "word ".repeat(60).strip() + ".";
    assertThat(ArticleMinimum.shortfall(oneLongSentence)).get().asString().contains("1 sentence;");
  }

  @Test
  void closingQuotesAfterTheFullStopStillEndASentence() {
    assertThat(ArticleMinimum.sentences("He said \"yes.\" She said 'no.' Then (it ended.)"))
        .isEqualTo(3);
    assertThat(ArticleMinimum.sentences("「終わった。」と述べた。次へ")).isEqualTo(2);
  }
}
