package dev.lede.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.nlp.HashingEmbedder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterCommandLogicTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ClusterCommandLogic logic =
      new ClusterCommandLogic(
          StoryClusterer.Config.builder().embedder(HashingEmbedder.plain(64)).build(),
          LuceneCandidateIndex.FACTORY);

  @Test
  void printsOneStoryPerInputLineInInputOrder() throws Exception {
    StringBuilder in = new StringBuilder();
    List<StoryInput> articles = new ArrayList<>(Fixtures.FILLER);
    articles.addAll(Fixtures.interleaved());
    for (StoryInput a : articles) {
      in.append(
              JSON.createObjectNode()
                  .put("id", a.id())
                  .put("title", a.title())
                  .put("text", a.text()))
          .append('\n');
    }

    List<JsonNode> out = run(in.toString());

    assertThat(out)
        .extracting(n -> n.get("id").asText())
        .containsExactlyElementsOf(articles.stream().map(StoryInput::id).toList());
    assertThat(out)
        .allSatisfy(n -> assertThat(n.fieldNames()).toIterable().containsExactly("id", "story"));
    String peru = storyOf(out, "peru-1");
    assertThat(storyOf(out, "peru-2")).isEqualTo(peru);
    assertThat(storyOf(out, "peru-3")).isEqualTo(peru);
    assertThat(storyOf(out, "turkey-1")).isNotEqualTo(peru);
  }

  @Test
  void reportsOfOneEventInKoreanChineseAndEnglishPrintOneStoryId() throws Exception {
    String in =
        line(
                "en-truss",
                "2022-10-20T17:00:00Z",
                "Amid a government crisis, Prime Minister of the United Kingdom Liz Truss announces"
                    + " her resignation after 45 days in office.")
            + line(
                "en-quake",
                "2022-10-20T18:00:00Z",
                "A magnitude 7.6 earthquake strikes Papua New Guinea, killing at least 54 people.")
            + line(
                "ko-truss",
                "2022-10-20T20:18:00Z",
                "10월 20일, 영국의 정부 위기의 가운데 리즈 트러스 총리가 45일 만에 사임을 발표하였다.")
            + line("zh-truss", "2022-10-20T22:40:00Z", "上任僅45天的英國保守黨籍首相莉兹·特拉斯宣布辭去首相職務。");

    List<JsonNode> out = run(in);

    String truss = storyOf(out, "en-truss");
    assertThat(storyOf(out, "ko-truss")).isEqualTo(truss);
    assertThat(storyOf(out, "zh-truss")).isEqualTo(truss);
    assertThat(storyOf(out, "en-quake")).isNotEqualTo(truss);
  }

  @Test
  void articlesOfTwoLanguagesNeverShareAStoryBeforeLinking() {
    // Mostly Latin tokens, so the embedder sees nearly the same text; only the script differs.
    String latin = "DRX T1 LoL Worlds 2022 DRX T1 LoL Worlds 2022 DRX T1 ";
    List<StoryInput> in =
        List.of(
            StoryInput.of("ko-1", "", latin + "결승 우승 결승 우승 결승 우승"),
            StoryInput.of("zh-1", "", latin + "總決賽冠軍總決賽冠軍"),
            StoryInput.of("ko-2", "", latin + "결승 우승 결승 우승 결승 우승 MVP"));
    java.util.Map<String, String> story = new java.util.HashMap<>();
    java.util.Map<String, String> language = new java.util.HashMap<>();

    logic.withinLanguage(in, story, language);

    assertThat(language).containsEntry("ko-1", "ko").containsEntry("zh-1", "zh");
    assertThat(story.get("ko-2")).isEqualTo(story.get("ko-1"));
    assertThat(story.get("zh-1")).isNotEqualTo(story.get("ko-1"));
  }

  @Test
  void aTextOfUndeterminedLanguageIsClusteredWithEnglish() {
    List<StoryInput> in =
        List.of(
            StoryInput.of(
                "en-1", "", "The earthquake in Peru killed many people and destroyed their homes."),
            StoryInput.of("und-1", "", "Peru quake"));
    java.util.Map<String, String> story = new java.util.HashMap<>();
    java.util.Map<String, String> language = new java.util.HashMap<>();

    logic.withinLanguage(in, story, language);

    assertThat(dev.lede.lang.LanguageDetector.detect("Peru quake")).isEqualTo("und");
    assertThat(language).containsEntry("und-1", "en").containsEntry("en-1", "en");
  }

  private static String line(String id, String published, String text) {
    return JSON.createObjectNode().put("id", id).put("published", published).put("text", text)
        + "\n";
  }

  @Test
  void optionalFieldsAreReadAndBlankLinesSkipped() throws Exception {
    String in =
        "{\"id\":\"a\",\"text\":\"Quake in Peru\",\"published\":\"2019-05-26T08:00:00Z\","
            + "\"url\":\"https://example.org/a\",\"source\":\"Reuters\"}\n"
            + "\n"
            + "{\"id\":\"b\",\"text\":\"Quake in Peru\",\"published\":\"2019-05-26\",\"title\":null}\n"
            + "{\"id\":\"c\",\"text\":\"Quake in Peru\",\"published\":\"2019-05-26T10:00:00+02:00\"}\n";

    assertThat(run(in)).extracting(n -> n.get("id").asText()).containsExactly("a", "b", "c");
  }

  @Test
  void aLineThatIsNotJsonIsNamedByNumber() {
    String in = "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"b\",\"text\":\"y\"\n";

    assertThatThrownBy(() -> run(in))
        .isInstanceOf(ClusterInputException.class)
        .hasMessageStartingWith("line 3: not valid JSON (")
        .satisfies(e -> assertThat(((ClusterInputException) e).line()).isEqualTo(3));
  }

  @Test
  void aTextOverTheWriteCapIsRefusedByLineBeforeAnyAnalysis() {
    int over = dev.lede.nlp.Nlp.MAX_TEXT_CHARS + 1;
    String in =
        "{\"id\":\"a\",\"text\":\"Quake in Peru\"}\n{\"id\":\"b\",\"text\":\""
            + "w".repeat(over)
            + "\"}\n";

    assertThatThrownBy(() -> run(in))
        .isInstanceOf(ClusterInputException.class)
        .hasMessage("line 2: \"text\" has " + over + " chars, more than the 500000 allowed");
  }

  @Test
  void aMissingTextIsNamed() {
    assertThatThrownBy(() -> run("{\"id\":\"a\"}\n"))
        .isInstanceOf(ClusterInputException.class)
        .hasMessage("line 1: missing \"text\"");
  }

  @Test
  void aMissingOrBlankIdIsNamed() {
    assertThatThrownBy(() -> run("{\"text\":\"x\"}")).hasMessage("line 1: missing \"id\"");
    assertThatThrownBy(() -> run("{\"id\":\" \",\"text\":\"x\"}"))
        .hasMessage("line 1: \"id\" is blank");
  }

  @Test
  void aFieldOfTheWrongTypeIsNamed() {
    assertThatThrownBy(() -> run("{\"id\":7,\"text\":\"x\"}"))
        .hasMessage("line 1: \"id\" must be a string, not number");
  }

  @Test
  void anArrayIsNotAnArticle() {
    assertThatThrownBy(() -> run("[1,2]")).hasMessage("line 1: not a JSON object");
  }

  @Test
  void anUnreadableDateIsNamed() {
    assertThatThrownBy(() -> run("{\"id\":\"a\",\"text\":\"x\",\"published\":\"yesterday\"}"))
        .hasMessage("line 1: \"published\" \"yesterday\" is not an ISO-8601 date or time");
  }

  @Test
  void nothingIsPrintedWhenALineIsBad() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    String in = "{\"id\":\"a\",\"text\":\"x\"}\nnot json\n";

    assertThatThrownBy(
            () -> logic.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out))
        .isInstanceOf(ClusterInputException.class);
    assertThat(bytes.size()).isZero();
  }

  private List<JsonNode> run(String in) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int n = logic.run(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        lines.add(JSON.readTree(line));
      }
    }
    assertThat(lines).hasSize(n);
    return lines;
  }

  private static String storyOf(List<JsonNode> out, String id) {
    return out.stream()
        .filter(n -> n.get("id").asText().equals(id))
        .findFirst()
        .orElseThrow()
        .get("story")
        .asText();
  }
}
