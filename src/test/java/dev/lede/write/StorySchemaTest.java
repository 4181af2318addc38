package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.lede.nlp.HashingEmbedder;
import dev.lede.web.FixtureSiteData;
import dev.lede.web.WebConfig;
import dev.lede.web.WebServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/story.schema.json} describes what {@code lede write} prints and what {@code GET
 * /api/stories/{id}} serves, and the OpenAPI document points at it.
 */
class StorySchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static Schema schema;

  @BeforeAll
  static void loadTheSchemaFromDocs() throws Exception {
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(Path.of("docs/story.schema.json")), InputFormat.JSON);
  }

  static List<String> problems(String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  static List<String> ledeWrite(String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int rc =
        WriteCommandLogic.run(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            () -> OfflineWriter.create(new HashingEmbedder()),
            Instant.parse("2025-03-04T05:06:07Z"));
    assertThat(rc).isZero();
    return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void everyStoryLedeWritePrintsValidates() {
    List<String> stories = ledeWrite(Stories.gmJsonLines());
    assertThat(stories).isNotEmpty();
    for (String story : stories) {
      assertThat(problems(story)).isEmpty();
    }
  }

  @Test
  void aStoryWhoseSourcesHaveNoTitleUrlOrTimeValidates() throws Exception {
    String line =
        JSON.writeValueAsString(
            JSON.createObjectNode().put("id", "t1").put("text", Stories.HARBOR_A));
    List<String> stories = ledeWrite(line + "\n");
    JsonNode source = JSON.readTree(stories.get(0)).get("sources").get(0);
    assertThat(source.get("title").isNull()).isTrue();
    assertThat(problems(stories.get(0))).isEmpty();
  }

  @Test
  void theApisStoriesValidateAndTheOpenApiDocumentPointsAtTheSchemaItServes() throws Exception {
    FixtureSiteData data = FixtureSiteData.create(Instant.parse("2026-01-08T12:00:00Z"));
    WebServer server = WebServer.start(data, WebConfig.defaults(0));
    try {
      List<String> checked = new ArrayList<>();
      for (var v : data.topStories(100)) {
        String body = get(server, "/api/stories/" + v.id());
        assertThat(problems(body)).as(v.id()).isEmpty();
        checked.add(v.id());
      }
      assertThat(checked).contains(FixtureSiteData.MAIN);
      JsonNode openapi = JSON.readTree(get(server, "/api/openapi.json"));
      String ref = openapi.at("/components/schemas/WrittenStory/allOf/0/$ref").asText();
      assertThat(ref).isEqualTo("story.schema.json");
      assertThat(get(server, "/api/" + ref))
          .isEqualTo(Files.readString(Path.of("docs/story.schema.json")));
    } finally {
      server.stop();
    }
  }

  @Test
  void aStoryMissingAFieldOrWithAnUnsupportedSentenceDoesNotValidate() throws Exception {
    String good = ledeWrite(Stories.gmJsonLines()).get(0);
    var noHeadline = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(good);
    noHeadline.remove("headline");
    assertThat(problems(noHeadline.toString())).anyMatch(p -> p.contains("headline"));
    var unsupported = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(good);
    ((com.fasterxml.jackson.databind.node.ObjectNode) unsupported.withArray("lede").get(0))
        .putArray("sources");
    assertThat(problems(unsupported.toString())).isNotEmpty();
  }

  private static String get(WebServer server, String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.localUrl() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }
}
