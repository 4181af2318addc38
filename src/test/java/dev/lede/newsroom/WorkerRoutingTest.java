package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.index.TestArticles;
import dev.lede.model.Article;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How the worker roles route their records: what decides which worker does what. */
class WorkerRoutingTest {
  private static Article in(String language) {
    return TestArticles.of("a-1", language, "Title", "Text.");
  }

  @Test
  void articlesAreRoutedByPrimaryLanguageAndAnUndeterminedOneGoesWithEnglish() {
    assertThat(Worker.languageKey(in("en-GB"))).isEqualTo("en");
    assertThat(Worker.languageKey(in("KO"))).isEqualTo("ko");
    assertThat(Worker.languageKey(in("zh-Hant"))).isEqualTo("zh");
    // A short English text the detector could not place is clustered with the English stories.
    assertThat(Worker.languageKey(in("und"))).isEqualTo("en");
  }

  @Test
  void sourcesAreRoutedByHostAndFilesByTheirFolder() {
    assertThat(Worker.hostOf("https://News.Example/feed.rss")).isEqualTo("news.example");
    assertThat(Worker.hostOf("http://news.example/a")).isEqualTo("news.example");
    assertThat(Worker.hostOf("demo/nasa/a.rss"))
        .isEqualTo(Worker.hostOf("demo/nasa/b.rss"))
        .isEqualTo(Path.of("demo/nasa").toAbsolutePath().normalize().toString());
  }
}
