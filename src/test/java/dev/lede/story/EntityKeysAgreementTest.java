package dev.lede.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.nlp.EntityExtractor;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two extractors name things: {@link EntityExtractor} (entity pages, the writer) and the
 * clusterer's {@link EntityKeys} (clustering, "same entity: X" in related stories). They may
 * disagree on camel-case product names ("iPhone", a key only where capitalised), but a person,
 * organisation or place on an entity page must be a key too, or a story could be listed under a
 * name its related stories never share. Checked on the bundled English demo corpus.
 */
class EntityKeysAgreementTest {
  private static final Set<EntityType> NAMED =
      Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);

  @Test
  void nearlyEveryPersonOrganisationAndPlaceOfTheEntityPagesIsAClusteringKey() throws Exception {
    EntityKeys keys = EntityKeys.capitalisedPhrases();
    ObjectMapper json = new ObjectMapper();
    int named = 0;
    int keyed = 0;
    for (String line : Files.readAllLines(Path.of("demo/wikinews-en/articles.jsonl"))) {
      JsonNode a = json.readTree(line);
      String text = a.get("title").asText() + "\n" + a.get("text").asText();
      Set<String> k = keys.keys(text);
      for (Mention m : EntityExtractor.extract(text)) {
        if (NAMED.contains(m.type())) {
          named++;
          keyed += isKey(m.text(), k) ? 1 : 0;
        }
      }
    }
    double agreement = keyed / (double) named;
    System.out.printf(
        "entity mentions that are clustering keys: %d of %d (%.3f)%n", keyed, named, agreement);
    assertThat(named).isGreaterThan(1000);
    assertThat(agreement).isGreaterThanOrEqualTo(0.97);
  }

  /** The mention as a phrase key, or (a longer span than the key's phrase) each of its words. */
  private static boolean isKey(String mention, Set<String> keys) {
    String phrase = normal(mention);
    if (keys.contains("e:" + phrase)) {
      return true;
    }
    for (String w : phrase.split("\\s+")) {
      if (!keys.contains("e:" + w)) {
        return false;
      }
    }
    return true;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "");
  }
}
