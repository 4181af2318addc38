package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.index.SearchIndex.Hit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SearchIndex} does, whatever engine stands behind it (Lucene in-process, an
 * OpenSearch cluster): each adapter's test extends this with a way to open a new, empty index.
 */
public abstract class SearchIndexContract {
  private final List<SearchIndex> opened = new ArrayList<>();

  /** A new, empty index. */
  protected abstract SearchIndex newIndex() throws Exception;

  private SearchIndex index() throws Exception {
    SearchIndex i = newIndex();
    opened.add(i);
    return i;
  }

  @AfterEach
  void closeIndexes() throws Exception {
    for (SearchIndex i : opened) {
      i.close();
    }
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  @Test
  void changesBecomeVisibleAtCommit() throws Exception {
    SearchIndex index = index();
    index.upsert(TestArticles.of("a-1", "en", "Title", "Shipyard strike ends"));
    assertThat(index.count()).isZero();
    assertThat(index.search("shipyard", 10)).isEmpty();
    index.commit();
    index.refresh();
    assertThat(index.count()).isEqualTo(1);
    assertThat(ids(index.search("shipyard", 10))).containsExactly("a-1");
  }

  @Test
  void upsertingTheSameIdTwiceKeepsOneDocumentWithTheNewerContent() throws Exception {
    SearchIndex index = index();
    index.upsert(TestArticles.of("a-1", "en", "Old headline", "The first version of the story."));
    index.commit();
    index.upsert(TestArticles.of("a-1", "en", "New headline", "A corrected version of the story."));
    index.commit();
    assertThat(index.count()).isEqualTo(1);
    assertThat(index.ids()).containsExactly("a-1");
    assertThat(ids(index.search("corrected", 10))).containsExactly("a-1");
    assertThat(index.search("first", 10)).isEmpty();
  }

  @Test
  void englishSearchMatchesOtherFormsOfTheWord() throws Exception {
    SearchIndex index = index();
    index.upsert(
        TestArticles.of("a-1", "en", "Apple's new phone", "Apple launched a 3G iPhone today."));
    index.upsert(TestArticles.of("a-2", "en", "Markets", "Stock markets are falling sharply."));
    index.commit();
    assertThat(ids(index.search("launches", 10))).containsExactly("a-1");
    assertThat(ids(index.search("market falls", 10))).containsExactly("a-2");
  }

  @Test
  void allWordsOfAQueryAreRequiredAndOperatorsWork() throws Exception {
    SearchIndex index = index();
    index.upsert(TestArticles.of("a-1", "en", "t", "Boeing wins tanker contract"));
    index.upsert(TestArticles.of("a-2", "en", "t", "Airbus wins tanker contract"));
    index.commit();
    assertThat(ids(index.search("airbus tanker", 10))).containsExactly("a-2");
    assertThat(ids(index.search("airbus | boeing", 10))).containsExactlyInAnyOrder("a-1", "a-2");
    assertThat(ids(index.search("tanker -boeing", 10))).containsExactly("a-2");
    assertThat(ids(index.search("\"tanker contract\"", 10))).hasSize(2);
  }

  @Test
  void titleMatchesOutrankBodyMatches() throws Exception {
    SearchIndex index = index();
    index.upsert(
        TestArticles.of("body", "en", "Markets today", "Analysts discussed the merger at length."));
    index.upsert(
        TestArticles.of(
            "title", "en", "Merger announced", "Analysts discussed markets at length."));
    index.commit();
    assertThat(ids(index.search("merger", 10))).containsExactly("title", "body");
  }

  @Test
  void koreanAndChineseArticlesAreFoundByTheirOwnWords() throws Exception {
    SearchIndex index = index();
    index.upsert(TestArticles.of("ko", "ko", "서울 시장 선거", "서울 시장 선거가 오늘 열렸다."));
    index.upsert(TestArticles.of("zh", "zh", "北京天气", "北京今天下大雪，交通受到影响。"));
    index.upsert(TestArticles.of("en", "en", "Seoul", "Seoul held an election today."));
    index.commit();
    assertThat(ids(index.search("서울", 10))).containsExactly("ko");
    assertThat(ids(index.search("北京", 10))).containsExactly("zh");
  }

  @Test
  void hostileAndHugeQueriesDoNotThrow() throws Exception {
    SearchIndex index = index();
    index.upsert(TestArticles.of("a-1", "en", "Apple", "Apple launched a phone."));
    index.commit();
    for (String q :
        List.of("(", "\"unclosed", "a AND OR", "*", "title:apple", "\u0000\uFFFF", "🍎 🚀")) {
      assertThat(index.search(q, 10)).allSatisfy(h -> assertThat(h.id()).isEqualTo("a-1"));
    }
    assertThat(ids(index.search("apple " + "word ".repeat(5000), 10))).isEmpty();
    assertThat(index.search("东".repeat(5000), 10)).isEmpty();
    assertThat(ids(index.search("apple " + "apple ".repeat(3000), 10))).containsExactly("a-1");
    assertThat(index.search("   \n", 10)).isEmpty();
    assertThat(ids(index.search("apple", Integer.MAX_VALUE))).containsExactly("a-1");
  }

  @Test
  void aLimitBelowOneIsRefused() throws Exception {
    SearchIndex index = index();
    assertThatThrownBy(() -> index.search("apple", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 1, was 0");
  }

  @Test
  void clearRemovesEverythingAtCommit() throws Exception {
    SearchIndex index = index();
    index.upsert(TestArticles.of("a-1", "en", "t", "one"));
    index.upsert(TestArticles.of("a-2", "en", "t", "two"));
    index.commit();
    index.clear();
    assertThat(index.count()).isEqualTo(2);
    index.commit();
    assertThat(index.count()).isZero();
    assertThat(index.ids()).isEmpty();
  }

  @Test
  void idsListsEveryIndexedArticleOnce() throws Exception {
    SearchIndex index = index();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 1234; i++) {
      index.upsert(TestArticles.of("a-" + i, "en", "t", "article number " + i));
      expected.add("a-" + i);
    }
    index.commit();
    assertThat(index.count()).isEqualTo(1234);
    assertThat(index.ids()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void similarFindsTheArticlesSharingTheMostDistinctiveWordsFirst() throws Exception {
    SearchIndex index = index();
    index.upsert(
        TestArticles.of(
            "quake",
            "en",
            "Earthquake strikes Chile",
            "A magnitude 7.8 earthquake struck northern Chile near Iquique on Tuesday."));
    index.upsert(
        TestArticles.of(
            "budget",
            "en",
            "Parliament passes budget",
            "The parliament passed the annual budget on Tuesday after a long debate."));
    index.commit();
    List<Hit> hits =
        index.similar(
            "Chile earthquake: a strong quake hit Iquique in northern Chile on Tuesday", "en", 5);
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).id()).isEqualTo("quake");
  }
}
