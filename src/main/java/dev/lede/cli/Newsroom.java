package dev.lede.cli;

import dev.lede.ingest.IngestReport;
import dev.lede.ingest.Ingester;
import dev.lede.ingest.fetch.Fetcher;
import dev.lede.model.Article;
import dev.lede.model.SourceRef;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.StoredEmbedder;
import dev.lede.store.SqliteVectors;
import dev.lede.store.StoryStore;
import dev.lede.store.WrittenStoryStore;
import dev.lede.story.Assignment;
import dev.lede.story.StoryChange;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import dev.lede.web.StoryJson;
import dev.lede.write.OfflineWriter;
import dev.lede.write.Writer;
import dev.lede.write.WriterInput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The whole pipeline over one data folder: store and index ({@link Workspace}), story assignments
 * (SQLite, the truth) with the clusterer's derived index, and written story versions.
 *
 * <p>Call order for an ingest: catch up on articles stored but never assigned (a killed run) ->
 * ingest, assigning each new article to a story right after its commit -> re-write every story that
 * gained articles.
 */
final class Newsroom implements AutoCloseable {
  final Workspace ws;
  final StoryStore stories;
  final WrittenStoryStore written;
  final SqliteVectors vectors;
  private final Path clusterDir;
  private final Clock clock;
  private Optional<StoryClusterer> clusterer = Optional.empty();
  private Optional<Writer> writer = Optional.empty();
  private LlmOptions llm = new LlmOptions();
  // Related stories: story vectors for the kNN leg (derived; see RelatedVectors).
  private Optional<RelatedVectors> related = Optional.empty();
  private Optional<dev.lede.nlp.Embedder> relatedEmbedder = Optional.empty();

  /** Use the LLM backend for writing (validated by the caller). */
  Newsroom withLlm(LlmOptions options) {
    this.llm = options;
    this.writer = Optional.empty();
    return this;
  }

  private Newsroom(Workspace ws, Clock clock) {
    this.ws = ws;
    this.stories = StoryStore.of(ws.store);
    this.written = WrittenStoryStore.of(ws.store);
    this.vectors = SqliteVectors.of(ws.store);
    this.clusterDir = ws.dir.resolve("stories");
    this.clock = clock;
  }

  static Newsroom open(Path dir) throws IOException {
    return new Newsroom(Workspace.open(dir), Clock.systemUTC());
  }

  /** The clusterer, its derived index rebuilt from the stored assignments when out of step. */
  StoryClusterer clusterer() throws IOException {
    if (clusterer.isPresent()) {
      return clusterer.get();
    }
    StoryClusterer c = StoryClusterer.open(clusterDir, StoryClusterer.Config.defaults());
    List<StoryStore.Assignment> assigned = stories.assignments();
    if (c.articleCount() != assigned.size()) {
      c.close();
      deleteTree(clusterDir);
      c = StoryClusterer.open(clusterDir, StoryClusterer.Config.defaults());
      for (StoryStore.Assignment a : assigned) {
        Optional<Article> article = ws.store.byId(a.articleId());
        if (article.isPresent()) {
          c.restore(input(article.get()), a.storyId());
        }
      }
      c.commit();
    }
    clusterer = Optional.of(c);
    return c;
  }

  /** Embeds for related-story vectors with {@code e} instead of stored MiniLM (tests). */
  Newsroom withRelatedEmbedder(dev.lede.nlp.Embedder e) {
    this.relatedEmbedder = Optional.of(e);
    return this;
  }

  /** Story vectors for related stories, rebuilt when out of step with the stories. */
  RelatedVectors related() throws IOException {
    if (related.isEmpty()) {
      dev.lede.nlp.Embedder e =
          relatedEmbedder.orElseGet(() -> RelatedVectors.storedMiniLm(vectors));
      related = Optional.of(RelatedVectors.open(ws.dir.resolve("related"), e, stories, ws.store));
    }
    return related.get();
  }

  static StoryInput input(Article a) {
    return new StoryInput(
        a.id(), a.title(), a.text(), a.published(), Optional.of(a.url()), Optional.of(a.source()));
  }

  /** Places one stored article in a story; returns the stories that changed. */
  Set<String> assign(Article a) throws IOException {
    Assignment as = clusterer().assign(input(a));
    List<StoryStore.Move> moves = new ArrayList<>();
    Set<String> touched = new LinkedHashSet<>();
    touched.add(as.storyId());
    for (StoryChange ch : as.changes()) {
      if (ch instanceof StoryChange.Merged m) {
        moves.add(new StoryStore.Move(m.absorbed(), m.into(), List.of()));
        touched.add(m.into());
      } else if (ch instanceof StoryChange.Split s) {
        moves.add(new StoryStore.Move(s.from(), s.to(), s.articleIds()));
        touched.add(s.from());
        touched.add(s.to());
      }
    }
    stories.assign(new StoryStore.Assignment(a.id(), as.storyId(), clock.instant()), moves);
    return touched;
  }

  /** Assigns articles a killed run stored but never placed in a story. */
  Set<String> assignPending() throws IOException {
    Set<String> touched = new LinkedHashSet<>();
    for (String id : stories.unassignedArticleIds()) {
      Optional<Article> a = ws.store.byId(id);
      if (a.isPresent()) {
        touched.addAll(assign(a.get()));
      }
    }
    return touched;
  }

  /** Ingests, assigns stories, and re-writes the stories that changed. */
  IngestReport ingest(
      List<String> refs,
      Fetcher fetcher,
      boolean fetchPages,
      ProgressPrinter.Mode mode,
      boolean write,
      PrintStream err)
      throws Exception {
    Set<String> touched = new LinkedHashSet<>(assignPending());
    ProgressPrinter progress = new ProgressPrinter(err, mode);
    Ingester ingester =
        new Ingester(
                ws.store,
                ws.index,
                fetcher,
                new Ingester.Options(fetchPages, Ingester.Options.defaults().minFullTextChars()),
                progress,
                clock)
            .onStored(a -> touched.addAll(assign(a)));
    IngestReport r = ingester.ingest(refs);
    progress.finish();
    clusterer().commit();
    related().update(touched);
    IngestCommand.printReport(r, ws, err);
    Set<String> live = new LinkedHashSet<>();
    for (String id : touched) {
      live.add(stories.resolve(id));
    }
    live.removeIf(id -> stories.articlesOf(id).isEmpty());
    err.printf(
        "stories: %d in the archive, %d changed%n", stories.storySizes().size(), live.size());
    if (write) {
      writeStories(live, mode, err);
    }
    return r;
  }

  /** The writer: offline, with embeddings stored in SQLite so re-writes don't recompute them. */
  Writer writer() {
    if (writer.isEmpty()) {
      writer =
          Optional.of(OfflineWriter.create(StoredEmbedder.of(MiniLmEmbedder.create(), vectors)));
    }
    return writer.get();
  }

  /** Writes (or re-writes, as a new version) each story whose articles changed. */
  int writeStories(Set<String> storyIds, ProgressPrinter.Mode mode, PrintStream err) {
    int n = 0;
    int done = 0;
    for (String id : storyIds) {
      done++;
      try {
        if (writeStory(id)) {
          n++;
        }
      } catch (RuntimeException e) {
        err.println("  failed: writing story " + id + ": " + e);
      }
      if (mode != ProgressPrinter.Mode.ARTICLES && done % 100 == 0) {
        err.printf("  %d/%d stories written%n", done, storyIds.size());
      }
    }
    err.printf("write: %d stories written or re-written%n", n);
    return n;
  }

  boolean writeStory(String storyId) {
    List<Article> articles =
        stories.articlesOf(storyId).stream()
            .map(ws.store::byId)
            .flatMap(Optional::stream)
            .sorted(Comparator.comparing((Article a) -> a.published().orElse(a.fetchedAt())))
            .toList();
    if (articles.isEmpty()) {
      return false;
    }
    Optional<WrittenStoryStore.Version> prev = written.latest(storyId);
    if (prev.isPresent() && prev.get().articles() == articles.size()) {
      return false;
    }
    Instant now = clock.instant();
    List<WriterInput> inputs = articles.stream().map(Newsroom::writerInput).toList();
    WrittenStory s = writer().write(storyId, inputs, background(storyId, articles), now);
    int version = prev.map(v -> v.version() + 1).orElse(1);
    Instant published =
        prev.map(v -> StoryJson.parse(v.json()).datePublished()).orElse(s.datePublished());
    WrittenStory versioned = s.asVersion(version, published, now);
    String note =
        prev.map(p -> changeNote(StoryJson.parse(p.json()), versioned)).orElse("First version.");
    written.put(
        new WrittenStoryStore.Version(
            storyId, version, now, articles.size(), note, StoryJson.write(versioned)));
    return true;
  }

  /** The written headline of a story, else its lead article's title. */
  String headline(String storyId) {
    Optional<WrittenStoryStore.Version> v = written.latest(storyId);
    if (v.isPresent()) {
      return StoryJson.parse(v.get().json()).headline();
    }
    return stories.articlesOf(storyId).stream()
        .findFirst()
        .flatMap(ws.store::byId)
        .map(Article::title)
        .orElse("");
  }

  /** A one-line teaser: the first sentence of the written lede, else of the lead article. */
  String teaser(String storyId) {
    Optional<WrittenStoryStore.Version> v = written.latest(storyId);
    if (v.isPresent()) {
      WrittenStory s = StoryJson.parse(v.get().json());
      if (!s.lede().isEmpty()) {
        return s.lede().get(0).text();
      }
    }
    return stories.articlesOf(storyId).stream()
        .findFirst()
        .flatMap(ws.store::byId)
        .map(a -> firstSentence(a.text()))
        .orElse("");
  }

  static String firstSentence(String text) {
    List<dev.lede.nlp.Sentence> s = dev.lede.nlp.SentenceSplitter.split(text);
    String first = s.isEmpty() ? text : s.get(0).text();
    return first.length() <= 240 ? first : first.substring(0, 237) + "...";
  }

  /** Lead articles of up to three related stories that came before this one. */
  private List<WriterInput> background(String storyId, List<Article> articles) {
    Instant first = articles.get(0).published().orElse(articles.get(0).fetchedAt());
    List<WriterInput> out = new ArrayList<>();
    try {
      for (RelatedStories.Related r : new RelatedStories(this).find(storyId, 6)) {
        Optional<Article> lead =
            stories.articlesOf(r.storyId()).stream().findFirst().flatMap(ws.store::byId);
        if (lead.isPresent()
            && lead.get().published().isPresent()
            && lead.get().published().get().isBefore(first)
            && !r.reason().equals("same topic")) {
          out.add(writerInput(lead.get()));
        }
        if (out.size() == 3) {
          break;
        }
      }
    } catch (IOException e) {
      // Background is optional; the story is written without it.
    }
    return out;
  }

  static WriterInput writerInput(Article a) {
    return new WriterInput(
        a.id(), Optional.of(a.title()), a.text(), a.source(), Optional.of(a.url()), a.published());
  }

  /** What a new version adds: its new sources, by outlet. */
  static String changeNote(WrittenStory before, WrittenStory after) {
    Set<String> old = new LinkedHashSet<>();
    before.sources().forEach(r -> old.add(r.article()));
    List<SourceRef> added =
        after.sources().stream().filter(r -> !old.contains(r.article())).toList();
    Set<String> outlets = new LinkedHashSet<>();
    added.forEach(r -> outlets.add(r.outlet()));
    if (added.isEmpty()) {
      return "Re-written.";
    }
    return "Added "
        + added.size()
        + (added.size() == 1 ? " source" : " sources")
        + " from "
        + String.join(", ", outlets)
        + ".";
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (clusterer.isPresent()) {
        clusterer.get().close();
      }
      if (related.isPresent()) {
        related.get().close();
      }
    } finally {
      ws.close();
    }
  }
}
