package dev.lede.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.index.IndexRebuilder;
import dev.lede.index.SearchIndex.Hit;
import dev.lede.index.TestArticles;
import dev.lede.index.lucene.LuceneIndex.IndexedArticle;
import dev.lede.model.Article;
import dev.lede.testing.SharedData;
import dev.lede.testing.Slow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Slow
class LuceneIndexTest {
  @TempDir Path dir;

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  @Test
  void upsertingTheSameIdTwiceKeepsOneDocumentWithTheNewerContent() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.upsert(TestArticles.of("a-1", "en", "Old headline", "The first version of the story."));
      index.upsert(
          TestArticles.of("a-1", "en", "New headline", "A corrected version of the story."));
      index.commit();
      assertThat(index.count()).isEqualTo(1);
      assertThat(index.ids()).containsExactly("a-1");
      assertThat(index.get("a-1").map(IndexedArticle::title)).contains("New headline");
      assertThat(index.search("corrected", 10)).extracting(Hit::id).containsExactly("a-1");
      assertThat(index.search("first", 10)).isEmpty();
    }
  }

  @Test
  void englishSearchMatchesOtherFormsOfTheWord() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.upsert(
          TestArticles.of("a-1", "en", "Apple's new phone", "Apple launched a 3G iPhone today."));
      index.upsert(TestArticles.of("a-2", "en", "Markets", "Stock markets are falling sharply."));
      index.commit();
      assertThat(ids(index.search("launches", 10))).containsExactly("a-1");
      assertThat(ids(index.search("Apple iphones", 10))).containsExactly("a-1");
      assertThat(ids(index.search("market falls", 10))).containsExactly("a-2");
    }
  }

  @Test
  void koreanArticlesAreFoundByKoreanWordsAndTheirTitlesRoundTrip() throws IOException {
    List<Article> korean = TestArticles.wikinews("/corpus/wikinews-ko-sample.jsonl");
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      for (Article a : korean) {
        index.upsert(a);
      }
      index.commit();
      assertThat(index.count()).isEqualTo(korean.size());

      // kowikinews-0005: the death of goalkeeper Robert Enke.
      assertThat(ids(index.search("골키퍼", 5))).first().isEqualTo("kowikinews-0005");
      // Nori strips the subject particle: "골키퍼가" still finds it.
      assertThat(ids(index.search("골키퍼가", 5))).first().isEqualTo("kowikinews-0005");
      // kowikinews-0300: Nelson Mandela dies ("넬슨 만델라 타계").
      assertThat(ids(index.search("만델라", 5))).first().isEqualTo("kowikinews-0300");

      Article enke =
          korean.stream().filter(a -> a.id().equals("kowikinews-0005")).findFirst().orElseThrow();
      IndexedArticle stored = index.get("kowikinews-0005").orElseThrow();
      assertThat(stored.title().getBytes(StandardCharsets.UTF_8))
          .isEqualTo(enke.title().getBytes(StandardCharsets.UTF_8));
      assertThat(stored.title()).isEqualTo("독일 축구 국가대표팀 골키퍼 로베르트 엔케 사망");
      assertThat(stored.language()).isEqualTo("ko");
      assertThat(stored.url()).isEqualTo(enke.url());
      assertThat(stored.published()).isEqualTo(enke.published());
    }
  }

  @Test
  void koreanWordsThatNoriSplitsDifferentlyInContextAreStillFound() throws IOException {
    try (LuceneIndex index = LuceneIndex.inMemory()) {
      // Alone, Nori splits the typhoon's name 볼라/벤; inside this title, 볼/라벤.
      index.upsert(
          TestArticles.of("typhoon", "ko", "태풍 볼라벤, 한반도 강타", "제15호 태풍 볼라벤이 서해안을 따라 북상하였다."));
      // Alone, 후보자 is the compound 후보+자; here it is 후보 with a suffix.
      index.upsert(TestArticles.of("pm", "ko", "김태호 총리 후보자 자진사퇴", "총리 후보자가 물러났다."));
      index.commit();
      assertThat(ids(index.search("볼라벤", 5))).containsExactly("typhoon");
      assertThat(ids(index.search("태풍 볼라벤, 한반도 강타", 5))).containsExactly("typhoon");
      assertThat(ids(index.search("\"한반도 강타\"", 5))).containsExactly("typhoon");
      assertThat(ids(index.search("후보자 자진사퇴", 5))).containsExactly("pm");
      assertThat(ids(index.search("볼라벤 사퇴", 5))).isEmpty();
    }
  }

  @Test
  void koreanWikinewsArticlesAreFoundFirstByTheirOwnTitles() throws IOException {
    Path corpus = SharedData.require("corpus/wikinews-ko/wikinews_ko.jsonl");
    // A third of them keeps the test quick.
    assertThat(titlesNotFoundFirst(TestArticles.wikinews(corpus), 3)).isEmpty();
  }

  /** Every {@code step}th article whose title, searched, does not find it (or its twin) first. */
  private static List<String> titlesNotFoundFirst(List<Article> articles, int step)
      throws IOException {
    try (LuceneIndex index = LuceneIndex.inMemory()) {
      IndexRebuilder.rebuild(articles, index);
      Map<String, String> titles =
          articles.stream().collect(Collectors.toMap(Article::id, Article::title));
      List<String> missed = new ArrayList<>();
      for (int i = 0; i < articles.size(); i += step) {
        Article a = articles.get(i);
        List<Hit> hits = index.search(a.title(), 1);
        // A corpus may hold a row twice under different ids; either copy is right.
        if (hits.isEmpty() || !titles.get(hits.get(0).id()).equals(a.title())) {
          missed.add(a.id() + " " + a.title());
        }
      }
      return missed;
    }
  }

  @Test
  void japaneseIsSearchedByKuromojiWordsInTheirDictionaryForm() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.upsert(TestArticles.of("rocket", "ja", "新型ロケット打ち上げ", "種子島宇宙センターから新型ロケットが打ち上げられた。"));
      index.upsert(TestArticles.of("tokyo", "ja", "東京都知事選", "東京都の知事選挙が行われた。"));
      index.upsert(TestArticles.of("kyoto", "ja", "京都で祭り", "京都市で祇園祭が始まった。"));
      index.commit();
      // The text has 打ち上げられた; Kuromoji indexes the verb as 打ち上げる, which bigrams cannot match.
      assertThat(ids(index.search("打ち上げる", 10))).containsExactly("rocket");
      assertThat(ids(index.search("ロケット", 10))).containsExactly("rocket");
      // By words 東京都 is 東京 + 都: Kyoto is not found inside it, as character pairs would.
      assertThat(ids(index.search("京都", 10))).containsExactly("kyoto");
      assertThat(ids(index.search("東京", 10))).containsExactly("tokyo");
    }
  }

  @Test
  void japaneseFallsBackToCharacterPairsOnlyWhenWordsFindNothing() throws IOException {
    try (LuceneIndex index = LuceneIndex.inMemory()) {
      index.upsert(TestArticles.of("rocket", "ja", "新型ロケット打ち上げ", "新型ロケットが打ち上げられた。"));
      index.upsert(TestArticles.of("kyoto", "ja", "京都で祭り", "京都市で祇園祭が始まった。"));
      index.commit();
      // ロケ is no word of the text (ロケット is one), but it is one of its character pairs.
      assertThat(ids(index.search("ロケ", 10))).containsExactly("rocket");
      assertThat(ids(index.search("ロケ 京都", 10))).isEmpty();
    }
  }

  @Test
  void chineseIsSearchedBySmartChineseWordsWithTraditionalAndSimplifiedAsOne() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.upsert(
          TestArticles.of("soyuz", "zh-Hant", "聯盟號發射升空", "搭載太空人的聯盟號自拜科努爾發射升空，並與國際太空站完成對接。"));
      index.upsert(TestArticles.of("games", "zh-Hans", "东京奥运会推迟", "东京奥运会推迟到2021年举行。"));
      index.upsert(TestArticles.of("fr", "fr", "Grève", "La grève des cheminots continue."));
      index.commit();
      assertThat(ids(index.search("联盟号", 10))).containsExactly("soyuz");
      assertThat(ids(index.search("國際太空站", 10))).containsExactly("soyuz");
      assertThat(ids(index.search("國際空間站", 10))).isEmpty();
      assertThat(ids(index.search("奧運會", 10))).containsExactly("games");
      assertThat(ids(index.search("cheminots", 10))).containsExactly("fr");
    }
  }

  @Test
  void japaneseWikinewsArticlesAreFoundFirstByTheirOwnTitles() throws IOException {
    Path corpus = SharedData.require("corpus/wikinews-ja/jawikinews.jsonl");
    List<Article> japanese = TestArticles.wikinews(corpus);
    // A tenth of them keeps the test quick. One in a thousand may lose to another article whose
    // title holds the whole of it (お詫び-アリ王子再びFIFA会長選に立候補, a correction).
    assertThat(titlesNotFoundFirst(japanese, 10)).hasSizeLessThanOrEqualTo(japanese.size() / 1000);
  }

  @Test
  void chineseInTheNewsBlurbsAreFoundByTheirKeyword() throws IOException {
    Path blurbs = SharedData.require("clustering/itn-multilingual-events/itn_blurbs.jsonl");
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    Map<String, String> keywords = new java.util.LinkedHashMap<>();
    try (LuceneIndex index = LuceneIndex.inMemory()) {
      int n = 0;
      for (String line : java.nio.file.Files.readAllLines(blurbs)) {
        var row = json.readTree(line);
        if (!row.get("lang").asText().equals("zh")) {
          continue;
        }
        String id = "zh-" + n++;
        String text = row.get("text").asText();
        String keyword = row.path("keyword").asText("");
        index.upsert(TestArticles.of(id, "zh", "", text));
        // Only keywords the blurb spells out, in its own or the other script.
        if (keyword.length() >= 2 && simplified(text).contains(simplified(keyword))) {
          keywords.put(id, keyword);
        }
      }
      index.commit();
      assertThat(keywords).hasSizeGreaterThan(100);
      List<String> missed = new ArrayList<>();
      for (Map.Entry<String, String> k : keywords.entrySet()) {
        // 20: the set tells one Nobel prize in twelve near-identical blurbs that tie.
        if (!ids(index.search(k.getValue(), 20)).contains(k.getKey())) {
          missed.add(k.getKey() + " " + k.getValue());
        }
      }
      assertThat(missed).as("of %d keywords", keywords.size()).isEmpty();
    }
  }

  private static String simplified(String s) {
    return com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified").transliterate(s);
  }

  @Test
  void anIndexBuiltWithAnOlderAnalysisIsMarkedUntilRebuilt() throws IOException {
    // An index as the previous version left it: documents, and no analysis named in the commit.
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
        org.apache.lucene.index.IndexWriter w =
            new org.apache.lucene.index.IndexWriter(
                d, new org.apache.lucene.index.IndexWriterConfig())) {
      org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
      doc.add(
          new org.apache.lucene.document.StringField(
              LuceneIndex.ID, "old", org.apache.lucene.document.Field.Store.YES));
      w.addDocument(doc);
      w.commit();
    }
    Article rocket = TestArticles.of("rocket", "ja", "新型ロケット打ち上げ", "新型ロケットが打ち上げられた。");
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertThat(index.analysisOutdated()).isTrue();
      index.upsert(rocket);
      index.commit(); // adding to it does not make the old documents current
    }
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertThat(index.analysisOutdated()).isTrue();
      IndexRebuilder.rebuild(List.of(rocket), index);
      assertThat(index.analysisOutdated()).isFalse();
    }
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertThat(index.analysisOutdated()).isFalse();
      assertThat(ids(index.search("打ち上げる", 10))).containsExactly("rocket");
    }
    try (LuceneIndex fresh = LuceneIndex.open(dir.resolve("fresh"))) {
      assertThat(fresh.analysisOutdated()).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AND OR (((",
        "title:",
        "*",
        "\"unbalanced",
        ")))",
        "+-|~*\"()\\",
        "text_en:apple^3",
        "apple~99",
        "\"apple launched\"~1000000",
        "-",
        "\u0000\uFFFF\uD800",
        "🍎 🚀",
      })
  void hostileQueriesDoNotThrow(String query) throws IOException {
    try (LuceneIndex index = LuceneIndex.inMemory()) {
      index.upsert(TestArticles.of("a-1", "en", "Apple", "Apple launched a phone."));
      index.commit();
      assertThat(index.search(query, 10)).allSatisfy(hit -> assertThat(hit.id()).isEqualTo("a-1"));
    }
  }

  @Test
  void hugeQueriesAreCutRatherThanFailing() throws IOException {
    try (LuceneIndex index = LuceneIndex.inMemory()) {
      index.upsert(TestArticles.of("a-1", "en", "Apple", "Apple launched a phone."));
      index.commit();
      assertThat(ids(index.search("apple " + "word ".repeat(5000), 10))).isEmpty();
      assertThat(ids(index.search("apple phone " + "x".repeat(100_000), 10))).isEmpty();
      assertThat(index.search("东".repeat(5000), 10)).isEmpty();
      assertThat(ids(index.search("apple " + "apple ".repeat(3000), 10))).containsExactly("a-1");
    }
  }

  @Test
  void blankOrStopWordOnlyQueriesFindNothing() throws IOException {
    try (LuceneIndex index = LuceneIndex.inMemory()) {
      index.upsert(TestArticles.of("a-1", "en", "The", "The and of."));
      index.commit();
      assertThat(index.search("", 10)).isEmpty();
      assertThat(index.search("   \n", 10)).isEmpty();
      assertThat(index.search("...", 10)).isEmpty();
    }
  }

  @Test
  void hugeLimitIsFine() throws IOException {
    try (LuceneIndex index = LuceneIndex.inMemory()) {
      index.upsert(TestArticles.of("a-1", "en", "Apple", "Apple launched a phone."));
      index.commit();
      assertThat(ids(index.search("apple", Integer.MAX_VALUE))).containsExactly("a-1");
    }
  }

  @Test
  void closeAndReopenKeepsCommittedDataAndDropsTheRest() throws IOException {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      index.upsert(TestArticles.of("a-1", "en", "Kept", "Committed article about tankers."));
      index.commit();
      index.upsert(TestArticles.of("a-2", "en", "Lost", "Uncommitted article about tankers."));
    }
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      assertThat(index.ids()).containsExactly("a-1");
      assertThat(ids(index.search("tankers", 10))).containsExactly("a-1");
    }
  }

  @Test
  void aSecondWriterOnTheSameDirectoryIsRefusedWithAClearMessage() throws IOException {
    try (LuceneIndex first = LuceneIndex.open(dir)) {
      assertThatThrownBy(() -> LuceneIndex.open(dir))
          .isInstanceOf(dev.lede.index.IndexLockedException.class)
          .hasMessage(
              "Index at "
                  + dir
                  + " is locked by another writer; is another Lede process using it?");
      first.upsert(TestArticles.of("a-1", "en", "t", "still works"));
      first.commit();
      assertThat(first.count()).isEqualTo(1);
    }
  }

  @Test
  void aReadOnlyIndexOpensBesideTheWriterAndSeesItsCommitsAfterRefresh() throws IOException {
    try (LuceneIndex writer = LuceneIndex.open(dir)) {
      writer.upsert(TestArticles.of("a-1", "en", "t", "Harbour cranes stand idle"));
      writer.commit();
      try (LuceneIndex reader = LuceneIndex.openReadOnly(dir)) {
        assertThat(reader.writable()).isFalse();
        assertThat(ids(reader.search("cranes", 10))).containsExactly("a-1");
        writer.upsert(TestArticles.of("a-2", "en", "t", "Cranes move again at the harbour"));
        assertThat(reader.count()).isEqualTo(1);
        reader.refresh();
        assertThat(reader.count()).isEqualTo(1); // not committed yet
        writer.commit();
        assertThat(reader.count()).isEqualTo(1);
        reader.refresh();
        assertThat(reader.count()).isEqualTo(2);
        assertThat(ids(reader.search("cranes", 10))).containsExactlyInAnyOrder("a-1", "a-2");
      }
      // The writer never noticed the reader.
      writer.upsert(TestArticles.of("a-3", "en", "t", "More cranes"));
      writer.commit();
      assertThat(writer.count()).isEqualTo(3);
    }
  }

  @Test
  void aReadOnlyIndexRefusesWritesNamingItself() throws IOException {
    try (LuceneIndex reader = LuceneIndex.openReadOnly(dir)) {
      assertThat(reader.count()).isZero(); // created empty
      for (org.assertj.core.api.ThrowableAssert.ThrowingCallable write :
          List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
              () -> reader.upsert(TestArticles.of("a-1", "en", "t", "x")),
              reader::clear,
              reader::commit)) {
        assertThatThrownBy(write)
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("Index at " + dir + " (read-only) cannot be written");
      }
      // It held no lock: a writer opens the same directory.
      try (LuceneIndex writer = LuceneIndex.open(dir)) {
        assertThat(writer.writable()).isTrue();
      }
    }
  }

  @Test
  void usingAClosedIndexFailsClearly() throws IOException {
    LuceneIndex index = LuceneIndex.open(dir);
    index.close();
    index.close();
    assertThatThrownBy(() -> index.search("x", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Index at " + dir + " is closed");
  }

  @Test
  void concurrentUpsertsSearchesAndCommitsAreSafe() throws Exception {
    try (LuceneIndex index = LuceneIndex.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int thread = t;
          work.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < 50; i++) {
                      index.upsert(
                          TestArticles.of(
                              "t" + thread + "-" + i, "en", "Title", "Tanker contract news " + i));
                      if (i % 25 == 0) {
                        index.commit();
                      }
                      index.search("tanker", 5);
                    }
                    return null;
                  }));
        }
        for (Future<?> f : work) {
          f.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      index.commit();
      assertThat(index.count()).isEqualTo(200);
      assertThat(index.ids()).hasSize(200).doesNotHaveDuplicates();
    }
  }

  @Test
  void similarFindsTheSameStoryInTheTextsOfItsLanguage() throws IOException {
    List<Article> english = TestArticles.wikinews("/corpus/wikinews-en-sample.jsonl");
    Article suspended = find(english, "wikinews-113227"); // Russian stock markets suspended
    Article closed = find(english, "wikinews-113267"); // Russian markets to remain closed
    try (LuceneIndex index = LuceneIndex.inMemory()) {
      for (Article a : english) {
        index.upsert(a);
      }
      index.commit();

      List<String> similar = ids(index.similar(suspended.text(), "en", 3));
      assertThat(similar).startsWith(suspended.id()).contains(closed.id());

      assertThat(index.similar("", "en", 5)).isEmpty();
      assertThat(index.similar(suspended.text(), "ko", 5)).isEmpty();
    }
  }

  private static Article find(List<Article> articles, String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }
}
