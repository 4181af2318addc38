package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
  private static List<Entity> resolve(String text) {
    return EntityResolver.resolve(EntityExtractor.extract("doc", text));
  }

  private static Entity entityNamed(List<Entity> entities, String alias) {
    return entities.stream()
        .filter(e -> e.aliases().contains(alias))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity has alias " + alias + ": " + entities));
  }

  @Test
  void spacingHyphenationAndCaseVariantsAreOnePerson() {
    List<Entity> entities =
        resolve("Lee Jae Myung visited Seoul. LEE JAE-MYUNG WAS THERE. Later Lee Jae-myung spoke.");
    Entity lee = entityNamed(entities, "Lee Jae-myung");
    assertThat(lee.type()).isEqualTo(EntityType.PERSON);
    assertThat(lee.aliases()).contains("Lee Jae Myung", "LEE JAE-MYUNG", "Lee Jae-myung");
    assertThat(lee.key()).isEqualTo("leejaemyung");
    assertThat(lee.canonical()).isNotEqualTo("LEE JAE-MYUNG");
  }

  @Test
  void surnameAloneRefersToTheFullNameInTheSameStory() {
    List<Entity> entities =
        resolve(
            "Opposition leader Lee Jae-myung met reporters. \"All our channels are completely"
                + " blocked,\" Lee said.");
    Entity lee = entityNamed(entities, "Lee Jae-myung");
    assertThat(lee.aliases()).contains("Lee");
    assertThat(lee.mentions()).hasSize(2);
  }

  @Test
  void eachSurnameGoesToTheNearestPrecedingFullName() {
    List<Entity> entities =
        resolve(
            "Journalist Euna Lee was arrested. Lee was held for months. President Lee Myung-bak"
                + " said nothing. Lee later met Obama.");
    Entity euna = entityNamed(entities, "Euna Lee");
    Entity president = entityNamed(entities, "Lee Myung-bak");
    assertThat(euna).isNotSameAs(president);
    assertThat(euna.mentions()).extracting(Mention::start).hasSize(2);
    assertThat(president.mentions()).extracting(Mention::start).hasSize(2);
  }

  @Test
  void titleIsStrippedAndJoinsTheFullName() {
    List<Entity> entities =
        resolve("Barack Obama spoke in Cairo. Later, President Obama flew home.");
    Entity obama = entityNamed(entities, "Barack Obama");
    assertThat(obama.canonical()).isEqualTo("Barack Obama");
    assertThat(obama.aliases()).containsExactlyInAnyOrder("Barack Obama", "Obama");
    assertThat(obama.mentions()).anySatisfy(m -> assertThat(m.title()).contains("President"));
  }

  @Test
  void acronymsJoinTheirExpansion() {
    List<Entity> entities =
        resolve(
            "The European Commission (EC) fined the firm. The EC said the Terminal High Altitude"
                + " Area Defense system is not its business. THAAD stays.");
    Entity ec = entityNamed(entities, "European Commission");
    assertThat(ec.aliases()).contains("EC");
    assertThat(ec.canonical()).isEqualTo("European Commission");
    assertThat(ec.type()).isEqualTo(EntityType.ORGANIZATION);
    Entity thaad = entityNamed(entities, "THAAD");
    assertThat(thaad.canonical()).isEqualTo("Terminal High Altitude Area Defense");
  }

  @Test
  void acronymDefinedInOneStoryIsKnownInAnother() {
    List<Mention> mentions = new ArrayList<>();
    mentions.addAll(
        EntityExtractor.extract("a", "The Korean Central News Agency (KCNA) reported it."));
    mentions.addAll(EntityExtractor.extract("b", "KCNA said the talks had failed."));
    List<Entity> entities = EntityResolver.resolve(mentions);
    Entity kcna = entityNamed(entities, "KCNA");
    assertThat(kcna.aliases()).contains("Korean Central News Agency");
    assertThat(kcna.mentions()).extracting(Mention::docId).containsExactly("a", "a", "b");
  }

  @Test
  void corporateSuffixesAndPlaceAbbreviationsShareAKey() {
    List<Entity> entities =
        resolve("Apple Inc. sued. Apple won in the U.S. and then in the United States again.");
    assertThat(entityNamed(entities, "Apple").aliases()).contains("Apple Inc");
    Entity us = entityNamed(entities, "U.S.");
    assertThat(us.canonical()).isEqualTo("United States");
    assertThat(us.type()).isEqualTo(EntityType.PLACE);
    assertThat(us.key()).isEqualTo("unitedstates");
  }

  @Test
  void differentPeopleWithTheSameSurnameStayApart() {
    List<Entity> entities = resolve("Kim Jong-il died and Kim Jong-un took over.");
    assertThat(entityNamed(entities, "Kim Jong-il"))
        .isNotSameAs(entityNamed(entities, "Kim Jong-un"));
  }

  @Test
  void surnameIsNotMergedAcrossStoriesWhenTwoFullNamesMatch() {
    List<Mention> mentions = new ArrayList<>();
    mentions.addAll(EntityExtractor.extract("a", "Euna Lee was released."));
    mentions.addAll(EntityExtractor.extract("b", "Lee Myung-bak met Obama."));
    mentions.addAll(EntityExtractor.extract("c", "Lee said he was pleased."));
    List<Entity> entities = EntityResolver.resolve(mentions);
    Entity lone =
        entities.stream().filter(e -> e.canonical().equals("Lee")).findFirst().orElseThrow();
    assertThat(lone.mentions()).extracting(Mention::docId).containsExactly("c");
  }

  @Test
  void hangulNamesAreKeptAsWritten() {
    List<Entity> entities = resolve("이재명 대표는 서울에서 기자회견을 열었다. 이재명 대표가 말했다.");
    Entity lee = entityNamed(entities, "이재명");
    assertThat(lee.type()).isEqualTo(EntityType.PERSON);
    assertThat(lee.mentions()).hasSize(2);
    assertThat(lee.mentions().get(0).title()).isEqualTo(Optional.of("대표"));
    assertThat(entityNamed(entities, "서울").canonical()).isEqualTo("Seoul");
  }

  @Test
  void nameKeyFoldsCaseAccentsAndSpacing() {
    assertThat(EntityResolver.nameKey("São Paulo", EntityType.PLACE)).isEqualTo("saopaulo");
    assertThat(EntityResolver.nameKey("The New York Times", EntityType.ORGANIZATION))
        .isEqualTo("newyorktimes");
    assertThat(EntityResolver.nameKey("LEE JAE-MYUNG", EntityType.PERSON)).isEqualTo("leejaemyung");
  }

  @Test
  void nullMentionListIsRejected() {
    assertThatThrownBy(() -> EntityResolver.resolve(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mentions");
  }
}
