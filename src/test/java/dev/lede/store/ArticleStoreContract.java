package dev.lede.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.model.Article;
import dev.lede.model.FetchState;
import dev.lede.model.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArticleStore} does, whatever engine stands behind it: each adapter's test
 * extends this with a way to open an empty store and to open that same store again (as another
 * process would).
 */
public abstract class ArticleStoreContract {
  private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123Z");
  private final List<ArticleStore> opened = new ArrayList<>();

  /** A new, empty store. */
  protected abstract ArticleStore newStore() throws Exception;

  /** Another handle on the store {@link #newStore} made last, as a second process opens it. */
  protected abstract ArticleStore sameStoreAgain() throws Exception;

  protected final ArticleStore store() throws Exception {
    return track(newStore());
  }

  protected final ArticleStore again() throws Exception {
    return track(sameStoreAgain());
  }

  private ArticleStore track(ArticleStore s) {
    opened.add(s);
    return s;
  }

  @AfterEach
  void closeStores() {
    for (ArticleStore s : opened) {
      try {
        s.close();
      } catch (RuntimeException e) {
        // closed by the test already
      }
    }
  }

  static Article article(String id, String text, long simhash) {
    String url = "https://news.example/" + id;
    return new Article(
        id,
        url + "?utm_source=feed",
        url,
        "Title of " + id,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "en",
        "Example News",
        "https://news.example/feed",
        text,
        "hash-of-" + text,
        simhash,
        Optional.empty(),
        T0);
  }

  static Article everyFieldSet() {
    return new Article(
        "a-1",
        "https://news.example/seoul?x=1",
        "https://news.example/seoul",
        "서울 시장 선거 結果",
        Optional.of("Kim Min-ji"),
        Optional.of(T0.minusSeconds(3600)),
        Optional.of(T0.minusSeconds(60)),
        "ko",
        "Example 뉴스",
        "/data/feeds/example.xml",
        "첫 문단입니다.\n\nSecond paragraph — with \"quotes\" and 'apostrophes'; 東京.",
        "0f3e",
        -0x1234_5678_9abc_def0L,
        Optional.of("a-0"),
        T0);
  }

  static FetchState state(String url, String etag, Instant at) {
    return new FetchState(url, Optional.of(etag), Optional.empty(), Optional.of("item-9"), at);
  }

  @Test
  void anArticleIsReadBackFieldForFieldWithItsOptionalPartsPresentOrAbsent() throws Exception {
    ArticleStore s = store();
    Article full = everyFieldSet();
    Article bare = article("a-2", "plain text", 42L);
    assertThat(s.put(full, List.of())).isTrue();
    assertThat(s.put(bare, List.of())).isTrue();
    assertThat(s.byId("a-1")).contains(full);
    assertThat(s.byId("a-2")).contains(bare);
    assertThat(s.byId("a-3")).isEmpty();
    assertThat(s.count()).isEqualTo(2);
  }

  @Test
  void nulCharactersInTextAreLeftOutAndEverythingElseIsKept() throws Exception {
    ArticleStore s = store();
    Article a = everyFieldSet();
    Article withNul =
        new Article(
            a.id(),
            a.url(),
            a.canonicalUrl(),
            "\0" + a.title(),
            a.byline().map(b -> b + "\0"),
            a.published(),
            a.modified(),
            a.language(),
            a.source(),
            a.sourceRef(),
            a.text().replace("\n\n", "\n\0\0\n"),
            a.contentHash(),
            a.simhash(),
            a.duplicateOf(),
            a.fetchedAt());
    assertThat(s.put(withNul, List.of(state("https://news.example/feed", "e\0tag", T0)))).isTrue();
    assertThat(s.byId(a.id())).contains(a);
    assertThat(s.fetchState("https://news.example/feed").flatMap(FetchState::etag))
        .contains("etag");
    assertThat(again().byId(a.id())).contains(a);
  }

  @Test
  void anArticleWhoseIdOrCanonicalUrlIsStoredAlreadyIsNotStoredAgain() throws Exception {
    ArticleStore s = store();
    Article first = article("a-1", "first text", 1L);
    assertThat(s.put(first, List.of())).isTrue();
    Article sameId = article("a-1", "changed text", 2L);
    Article sameCanonicalUrl =
        new Article(
            "a-other",
            first.url(),
            first.canonicalUrl(),
            "Another title",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "en",
            "Example News",
            "test",
            "other text",
            "other-hash",
            3L,
            Optional.empty(),
            T0);
    assertThat(s.put(sameId, List.of())).isFalse();
    assertThat(s.put(sameCanonicalUrl, List.of())).isFalse();
    assertThat(s.count()).isEqualTo(1);
    assertThat(s.byId("a-1")).contains(first);
    assertThat(s.byId("a-other")).isEmpty();
  }

  @Test
  void allListsArticlesInTheOrderTheyWereStoredNotByTheirIds() throws Exception {
    ArticleStore s = store();
    for (String id : List.of("c", "a", "d", "b")) {
      s.put(article(id, "text " + id, id.hashCode()), List.of());
    }
    assertThat(s.all()).extracting(Article::id).containsExactly("c", "a", "d", "b");
  }

  @Test
  void theFetchStateIsStoredWithTheArticleAndReplacedByTheNextFetch() throws Exception {
    ArticleStore s = store();
    String feed = "https://news.example/feed";
    s.put(article("a-1", "text", 1L), List.of(state(feed, "\"v1\"", T0)));
    assertThat(s.fetchState(feed)).contains(state(feed, "\"v1\"", T0));
    FetchState next =
        new FetchState(
            feed,
            Optional.empty(),
            Optional.of("Fri, 01 Mar 2024 11:00:00 GMT"),
            Optional.empty(),
            T0.plusSeconds(600));
    s.putFetchState(next);
    assertThat(s.fetchState(feed)).contains(next);
    assertThat(s.fetchState("https://news.example/other")).isEmpty();
  }

  @Test
  void aPutThatFailsStoresNeitherTheArticleNorAnyOfItsFetchStates() throws Exception {
    ArticleStore s = store();
    FetchState good = state("https://news.example/feed", "\"v1\"", T0);
    FetchState noTime =
        new FetchState(
            "https://news.example/x", Optional.empty(), Optional.empty(), Optional.empty(), null);
    assertThatThrownBy(() -> s.put(article("a-1", "text", 1L), List.of(good, noTime)))
        .isInstanceOf(RuntimeException.class);
    assertThat(s.count()).isZero();
    assertThat(s.byId("a-1")).isEmpty();
    assertThat(s.fetchState(good.url())).isEmpty();
    assertThat(s.put(article("a-1", "text", 1L), List.of(good))).isTrue();
  }

  @Test
  void byContentHashFindsTheFirstArticleStoredWithThatText() throws Exception {
    ArticleStore s = store();
    s.put(article("a-1", "one text", 1L), List.of());
    s.put(article("a-2", "same text", 2L), List.of());
    s.put(article("a-3", "same text", 3L), List.of());
    assertThat(s.byContentHash("hash-of-same text")).map(Article::id).contains("a-2");
    assertThat(s.byContentHash("hash-of-no text")).isEmpty();
  }

  @Test
  void nearDuplicateCandidatesShareAtLeastOneSixteenBitBandOfTheSimHash() throws Exception {
    ArticleStore s = store();
    long probe = 0x8001_0002_0003_0004L; // negative as a Java long: bands are unsigned
    s.put(article("top-band", "t1", 0x8001_ffff_ffff_ffffL), List.of());
    s.put(article("low-band", "t2", 0x7fff_7fff_7fff_0004L), List.of());
    s.put(article("no-band", "t3", 0x8002_0003_0004_0005L), List.of());
    s.put(article("all-bands", "t4", probe), List.of());
    assertThat(s.nearDuplicateCandidates(probe))
        .extracting(Article::id)
        .containsExactly("top-band", "low-band", "all-bands");
    assertThat(s.nearDuplicateCandidates(0x0L)).isEmpty();
  }

  @Test
  void sourcesAreAddedOnceListedInTheOrderAddedAndRemovedByTheirRef() throws Exception {
    ArticleStore s = store();
    s.addSource(new Source("https://b.example/feed", T0));
    s.addSource(new Source("https://a.example/feed", T0));
    s.addSource(new Source("https://Z.example/feed", T0));
    s.addSource(new Source("https://c.example/feed", T0.minusSeconds(1)));
    s.addSource(new Source("https://b.example/feed", T0.plusSeconds(99)));
    // Equal times fall back to the refs' code points (upper case first), whatever the locale.
    assertThat(s.sources())
        .extracting(Source::ref)
        .containsExactly(
            "https://c.example/feed",
            "https://Z.example/feed",
            "https://a.example/feed",
            "https://b.example/feed");
    assertThat(s.sources().get(3).addedAt()).isEqualTo(T0);
    assertThat(s.removeSource("https://a.example/feed")).isTrue();
    assertThat(s.removeSource("https://a.example/feed")).isFalse();
    assertThat(s.sources()).extracting(Source::ref).doesNotContain("https://a.example/feed");
  }

  @Test
  void anotherStoresCommitMovesTheDataVersionWhileItsOwnCommitsDoNot() throws Exception {
    ArticleStore mine = store();
    ArticleStore other = again();
    long start = mine.dataVersion();
    mine.put(article("a-1", "text", 1L), List.of());
    mine.addSource(new Source("https://a.example/feed", T0));
    assertThat(mine.dataVersion()).isEqualTo(start);
    other.put(article("a-2", "text two", 2L), List.of());
    long after = mine.dataVersion();
    assertThat(after).isNotEqualTo(start);
    assertThat(mine.dataVersion()).isEqualTo(after);
    assertThat(mine.byId("a-2")).isPresent();
  }

  @Test
  void whatOneStoreCommittedIsThereWhenTheStoreIsOpenedAgain() throws Exception {
    ArticleStore first = store();
    first.put(everyFieldSet(), List.of(state("https://news.example/feed", "\"e\"", T0)));
    first.addSource(new Source("https://news.example/feed", T0));
    first.close();
    ArticleStore reopened = again();
    assertThat(reopened.all()).containsExactly(everyFieldSet());
    assertThat(reopened.fetchState("https://news.example/feed")).isPresent();
    assertThat(reopened.sources())
        .extracting(Source::ref)
        .containsExactly("https://news.example/feed");
    assertThat(reopened.integrityCheck()).isEqualTo("ok");
  }
}
