package dev.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticExportTest {

  @TempDir Path dir;

  @Test
  void writesEveryPageFeedAndApiFileTheServerServes() throws Exception {
    FixtureSiteData data = FixtureSiteData.create(Instant.now());
    StaticExport.Report report =
        StaticExport.export(
            data, WebConfig.defaults(0).withBaseUrl("https://news.example.org"), dir);
    int stories = data.topStories(1000).size();
    assertThat(report.stories()).isEqualTo(stories);
    assertThat(report.skipped()).isEmpty();
    for (String f :
        new String[] {
          "index.html",
          "404.html",
          "entities/index.html",
          "sources/index.html",
          "search/index.html",
          "static/site.css",
          "static/site.js",
          "static/favicon.svg",
          "rss.xml",
          "atom.xml",
          "sitemap.xml",
          "news-sitemap.xml",
          "robots.txt",
          "api/stories.json",
          "api/openapi.json",
          "entities/lowmoor/index.html",
          "api/stories/s-flood-barrier.json",
          "stories/s-flood-barrier/index.html",
          "stories/s-flood-barrier/lowmoor-closes-its-new-tidal-barrier-as-a-storm-surge-reaches-the-estuary/index.html"
        }) {
      assertThat(dir.resolve(f)).as(f).isRegularFile();
    }
    String story =
        Files.readString(dir.resolve("stories/s-flood-barrier/index.html"), StandardCharsets.UTF_8);
    assertThat(story)
        .contains(
            "<link rel=\"canonical\" href=\"https://news.example.org/stories/s-flood-barrier/");
    assertThat(Files.readString(dir.resolve("search/index.html")))
        .contains("Search needs the live site");
    assertThat(Files.readString(dir.resolve("robots.txt")))
        .contains("Sitemap: https://news.example.org/sitemap.xml");

    try (WebServer server =
        WebServer.start(data, WebConfig.defaults(0).withBaseUrl("https://news.example.org"))) {
      String served = new Http(server).get("/stories/s-flood-barrier").body();
      assertThat(story).isEqualTo(served);
    }
  }

  @Test
  void unsafeIdsAreSkippedAndReported() throws Exception {
    SiteData evil =
        new SiteData() {
          final StoryView v =
              new StoryView(
                  "../escape",
                  "H",
                  "T",
                  "en",
                  1,
                  1,
                  Instant.EPOCH,
                  Instant.EPOCH,
                  java.util.List.of());

          @Override
          public java.util.List<StoryView> topStories(int n) {
            return java.util.List.of(v);
          }

          @Override
          public java.util.Optional<StoryPage> story(String id) {
            return java.util.Optional.empty();
          }

          @Override
          public java.util.List<EntitySummary> entities() {
            return java.util.List.of(
                new EntitySummary(new EntityRef("a/../../b", "B", EntityKind.PLACE), 1));
          }

          @Override
          public java.util.Optional<EntityPage> entity(String key) {
            return java.util.Optional.empty();
          }

          @Override
          public java.util.List<dev.lede.model.Article> search(
              String q, SearchFilters f, int limit) {
            return java.util.List.of();
          }

          @Override
          public java.util.Optional<dev.lede.model.Article> article(String id) {
            return java.util.Optional.empty();
          }

          @Override
          public java.util.List<SourceInfo> sources() {
            return java.util.List.of();
          }
        };
    StaticExport.Report r = StaticExport.export(evil, dir.resolve("out"));
    assertThat(r.skipped()).containsExactly("story ../escape", "entity a/../../b");
    assertThat(Files.exists(dir.resolve("escape"))).isFalse();
  }

  @Test
  void aSymlinkInsideTheFolderIsNeverFollowedOutOfIt() throws Exception {
    Path out = dir.resolve("site");
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path victim = Files.writeString(outside.resolve("victim.txt"), "keep me");
    Files.createDirectories(out);
    Files.write(out.resolve(StaticExport.MARKER), new byte[0]);
    Files.createSymbolicLink(out.resolve("robots.txt"), victim);
    Files.createSymbolicLink(out.resolve("static"), outside);

    FixtureSiteData data = FixtureSiteData.create(Instant.now());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StaticExport.export(data, out))
        .hasMessageContaining("refusing to follow the symbolic link");
    assertThat(Files.readString(victim)).isEqualTo("keep me");
    try (var s = Files.list(outside)) {
      assertThat(s).containsExactly(victim);
    }
  }

  @Test
  void theRootAndAnUnrelatedNonEmptyFolderAreRefused() throws Exception {
    FixtureSiteData data = FixtureSiteData.create(Instant.now());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> StaticExport.export(data, Path.of("/")))
        .hasMessage("refusing to export into /: a file system root");
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("notes.txt"), "mine");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StaticExport.export(data, home))
        .hasMessageContaining("it is not empty and not an earlier Lede export");
    assertThat(home.resolve("index.html")).doesNotExist();
    Path site = dir.resolve("new-site");
    StaticExport.export(data, site);
    StaticExport.Report again = StaticExport.export(data, site);
    assertThat(again.files()).isGreaterThan(10);
  }
}
