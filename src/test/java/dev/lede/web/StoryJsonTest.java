package dev.lede.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.model.SourceRef;
import dev.lede.model.StoryJson;
import dev.lede.model.WrittenStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StoryJsonTest {

  final FixtureSiteData data = FixtureSiteData.create(Instant.parse("2026-01-08T12:00:00Z"));

  @Test
  void writesTheIssueShapeInOrder() throws Exception {
    JsonNode n =
        new ObjectMapper()
            .readTree(StoryJson.write(data.story(FixtureSiteData.MAIN).get().story()));
    List<String> fields = new ArrayList<>();
    n.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "story",
            "version",
            "headline",
            "keyphrase",
            "metaDescription",
            "lede",
            "sections",
            "quotes",
            "background",
            "disagreements",
            "disclaimer",
            "sources",
            "seo",
            "datePublished",
            "dateModified",
            "headlineSources");
    assertThat(n.get("lede").get(0).get("sources").get(0).get("article").asText())
        .isEqualTo("a-main-1");
    assertThat(n.get("sections").get(0).get("paragraphs").get(0).get(0).get("text").asText())
        .startsWith("Forecasters had warned");
    assertThat(n.get("version").asInt()).isEqualTo(3);
    assertThat(n.get("datePublished").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
  }

  @Test
  void backgroundSourcesAreMarkedAndTheStorysOwnAreNot() {
    WrittenStory s = data.story(FixtureSiteData.MAIN).get().story();
    JsonNode sources = StoryJson.toTree(s).get("sources");
    for (int i = 0; i < s.sources().size(); i++) {
      assertThat(sources.get(i).get("background").asBoolean())
          .isEqualTo(s.sources().get(i).background());
    }
    assertThat(s.sources()).anyMatch(SourceRef::background).anyMatch(r -> !r.background());
  }

  @Test
  void everyFixtureStoryRoundTrips() {
    for (StoryView v : data.topStories(100)) {
      WrittenStory s = data.story(v.id()).get().story();
      assertThat(StoryJson.parse(StoryJson.write(s))).isEqualTo(s);
    }
  }

  @Test
  void unknownPublishedTimeTitleAndUrlAreNullAndReadBackAsUnknown() {
    WrittenStory s = data.story(FixtureSiteData.MAIN).get().story();
    SourceRef r = s.sources().get(0);
    WrittenStory noTime =
        new WrittenStory(
            s.story(),
            s.version(),
            s.headline(),
            s.keyphrase(),
            s.metaDescription(),
            s.lede(),
            s.sections(),
            s.quotes(),
            s.background(),
            s.disagreements(),
            s.disclaimer(),
            List.of(new SourceRef(r.article(), r.outlet(), "", "", Optional.empty())),
            s.seo(),
            s.datePublished(),
            s.dateModified());
    String json = StoryJson.write(noTime);
    JsonNode source = StoryJson.toTree(noTime).get("sources").get(0);
    assertThat(List.of("published", "title", "url")).allMatch(f -> source.get(f).isNull());
    assertThat(StoryJson.parse(json)).isEqualTo(noTime);
  }

  @Test
  void storiesStoredBeforeSourcesCarriedNullsAndBackgroundFalseStillRead() {
    WrittenStory s = data.story(FixtureSiteData.MAIN).get().story();
    ObjectNode old = StoryJson.toTree(s);
    old.remove("headlineSources");
    for (JsonNode source : old.withArray("sources")) {
      ObjectNode o = (ObjectNode) source;
      if (!o.get("background").asBoolean()) {
        o.remove("background");
      }
      o.remove("published");
      o.put("title", "");
    }
    WrittenStory read = StoryJson.fromTree(old);
    assertThat(read.headlineSources()).isEmpty();
    assertThat(read.sources())
        .extracting(SourceRef::background)
        .isEqualTo(s.sources().stream().map(SourceRef::background).toList());
    assertThat(read.sources()).allMatch(r -> r.published().isEmpty() && r.title().isEmpty());
  }

  @Property(tries = 200)
  void anyTextSurvivesTheRoundTrip(@ForAll String headline, @ForAll String quote) {
    WrittenStory s = data.story(FixtureSiteData.MAIN).get().story();
    dev.lede.model.WrittenSentence sentence =
        new dev.lede.model.WrittenSentence(
            headline, List.of(new dev.lede.model.SourceSpan("a-1", quote)));
    WrittenStory t =
        new WrittenStory(
            s.story(),
            s.version(),
            headline,
            s.keyphrase(),
            s.metaDescription(),
            List.of(sentence),
            s.sections(),
            s.quotes(),
            s.background(),
            s.disagreements(),
            s.disclaimer(),
            s.sources(),
            s.seo(),
            s.datePublished(),
            s.dateModified());
    assertThat(StoryJson.parse(StoryJson.write(t))).isEqualTo(t);
  }

  @Test
  void badJsonIsRejectedNamingTheField() {
    assertThatThrownBy(() -> StoryJson.parse("{"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("story JSON is not valid JSON: ");
    assertThatThrownBy(() -> StoryJson.parse("[]"))
        .hasMessageStartingWith("story JSON: the document is not");
    String good = StoryJson.write(data.story(FixtureSiteData.MAIN).get().story());
    assertThat(good).contains("\"version\":3");
    assertThatThrownBy(() -> StoryJson.parse(good.replace("\"version\":3", "\"version\":\"3\"")))
        .hasMessage("story JSON: version is not an integer");
    assertThatThrownBy(
            () -> StoryJson.parse(good.replaceFirst("\"quote\":\"[^\"]*\"", "\"quote\":null")))
        .hasMessage("story JSON: lede[0].sources[0].quote is missing");
    assertThatThrownBy(() -> StoryJson.parse(good.replaceFirst(",\"keyphrase\":\"[^\"]*\"", "")))
        .hasMessage("story JSON: keyphrase is missing");
    assertThatThrownBy(
            () ->
                StoryJson.parse(
                    good.replace("\"dateModified\":\"", "\"dateModified\":\"yesterday")))
        .hasMessageStartingWith("story JSON: dateModified 'yesterday")
        .hasMessageEndingWith("is not an ISO-8601 instant");
    assertThatThrownBy(
            () ->
                StoryJson.parse(
                    good.replaceFirst("\"sources\":\\[\\{[^]]*\\}\\]", "\"sources\":[]")))
        .hasMessageStartingWith("story JSON: lede[0]: sentence has no source");
  }
}
