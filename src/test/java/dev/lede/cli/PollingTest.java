package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ingest.fetch.HttpFetcher;
import dev.lede.model.Article;
import dev.lede.model.PollState;
import dev.lede.model.Source;
import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomPoller;
import dev.lede.ops.EventLog;
import dev.lede.ops.Metrics;
import dev.lede.poll.PollPolicy;
import dev.lede.poll.Scheduler;
import dev.lede.store.PollStateStore;
import dev.lede.store.StoryStore;
import dev.lede.store.WrittenStoryStore;
import dev.lede.store.jdbc.JdbcStoryStore;
import dev.lede.store.jdbc.JdbcWrittenStoryStore;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.testing.MutableClock;
import dev.lede.testing.TestFetchers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled polling through the newsroom's ingest path against loopback feeds that change while
 * they are polled, on a clock the test moves (no sleeps).
 */
@Timeout(300)
class PollingTest {
  static final Duration MIN = Duration.ofSeconds(300);
  static final Duration MAX = Duration.ofHours(24);

  @TempDir Path data;

  final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
  final Metrics metrics = Metrics.create();
  FeedHost host;
  SqliteStore control;
  PollStateStore states;

  @BeforeEach
  void start() throws Exception {
    host = new FeedHost();
    Newsroom.open(data).close();
    control = SqliteStore.open(data);
    states = dev.lede.store.jdbc.JdbcPollStates.of(control);
  }

  @AfterEach
  void stop() {
    control.close();
    host.close();
  }

  Scheduler scheduler() {
    HttpFetcher fetcher = TestFetchers.allowing("127.0.0.1", "localhost");
    return new Scheduler(
        () -> control.sources().stream().map(Source::ref).toList(),
        states,
        new NewsroomPoller(data, java.util.Optional.empty(), fetcher, metrics, EventLog.none()),
        PollPolicy.between(MIN, MAX),
        clock,
        EventLog.none());
  }

  void add(String url) {
    control.addSource(new Source(url, clock.instant()));
  }

  PollState state(String url) {
    return states.get(url).orElseThrow();
  }

  /** The written story an item ended up in, with as many articles as the story has. */
  Optional<WrittenStoryStore.Version> storyOf(String itemUrl) {
    try (SqliteStore s = SqliteStore.open(data)) {
      StoryStore stories = JdbcStoryStore.of(s);
      WrittenStoryStore written = JdbcWrittenStoryStore.of(s);
      Optional<Article> a = s.all().stream().filter(x -> x.url().equals(itemUrl)).findFirst();
      if (a.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> story = stories.storyOf(a.get().id()).map(stories::resolve);
      Optional<WrittenStoryStore.Version> v = story.flatMap(written::latest);
      if (v.isPresent() && v.get().articles() != stories.articlesOf(story.get()).size()) {
        return Optional.empty(); // written before its latest article: not up to date
      }
      return v;
    }
  }

  @Test
  void newItemsBecomeStoriesErrorsBackOffAndLongTtlsAreHonoured() throws Exception {
    FeedHost.Feed changing = host.feed("/changing.xml").with(0);
    FeedHost.Feed failing = host.feed("/failing.xml").with(2);
    failing.failWith = 500;
    FeedHost.Feed longTtl = host.feed("/ttl.xml").with(3);
    longTtl.channelExtra = "<ttl>720</ttl>";
    FeedHost.Feed cached = host.feed("/cached.xml").with(4);
    cached.cacheControl = "public, max-age=7200";
    String a = changing.url("127.0.0.1");
    String f = failing.url("127.0.0.1");
    String t = longTtl.url("127.0.0.1");
    String c = cached.url("localhost"); // another host name for the same server
    for (String u : List.of(a, f, t, c)) {
      add(u);
    }
    Scheduler s = scheduler();
    Instant t0 = clock.instant();

    assertThat(s.runDue()).isEqualTo(4);
    print("after the first round", a, f, t, c);

    assertThat(storyOf(changing.itemUrl(0))).isPresent();
    assertThat(storyOf(longTtl.itemUrl(3))).isPresent();
    assertThat(state(a).status()).isEqualTo("ok");
    assertThat(state(a).nextPoll()).isEqualTo(t0.plus(MIN));
    assertThat(state(t).nextPoll()).isEqualTo(t0.plus(Duration.ofHours(12)));
    assertThat(state(c).nextPoll()).isEqualTo(t0.plus(Duration.ofHours(2)));
    assertThat(state(f).status()).isEqualTo("failed");
    assertThat(state(f).lastError()).hasValueSatisfying(e -> assertThat(e).contains("500"));
    assertThat(state(f).errors()).isEqualTo(1);
    assertThat(state(f).nextPoll()).isEqualTo(t0.plus(MIN));

    // A new item appears; five minutes later it is a story, the unchanged feed was not re-read.
    changing.with(1);
    clock.advance(MIN);
    Instant t1 = clock.instant();
    assertThat(s.runDue()).as("the changing and the failing feed are due").isEqualTo(2);
    assertThat(storyOf(changing.itemUrl(1))).isPresent();
    assertThat(state(a).lastNew()).isEqualTo(1);
    assertThat(state(f).errors()).isEqualTo(2);
    assertThat(state(f).nextPoll()).as("back-off doubles").isEqualTo(t1.plus(MIN.multipliedBy(2)));
    assertThat(longTtl.answered.get()).as("long ttl: not asked again").isEqualTo(1);

    // Unchanged: a conditional GET answered 304.
    clock.advance(MIN);
    assertThat(s.runDue()).isEqualTo(1); // only the changing feed; the failing one waits
    assertThat(changing.notModified.get()).isEqualTo(1);
    assertThat(state(a).status()).isEqualTo("not_modified");

    // The failing feed asks for an hour and gets it; then it recovers and its error clears.
    failing.failWith = 503;
    failing.retryAfter = "3600";
    clock.advance(MIN);
    Instant t3 = clock.instant();
    s.runDue();
    assertThat(state(f).errors()).isEqualTo(3);
    assertThat(state(f).nextPoll()).isEqualTo(t3.plus(Duration.ofHours(1)));
    failing.failWith = 0;
    clock.set(state(f).nextPoll());
    s.runDue();
    assertThat(state(f).status()).isEqualTo("ok");
    assertThat(state(f).errors()).isZero();
    assertThat(state(f).lastError()).isEmpty();
    assertThat(storyOf(failing.itemUrl(2))).isPresent();

    print("after the failing feed recovered", a, f, t, c);
    System.out.printf(
        "PollingTest: 304s %d, most requests in flight per host %d%n",
        changing.notModified.get(), host.maxInFlightPerHost());
    assertThat(host.maxInFlightPerHost()).isEqualTo(1);
    assertThat(metrics.scrape()).contains("lede_articles_stored_total 5.0");
    assertThat(metrics.scrape())
        .contains(
            "lede_fetches_total{outcome=\"not_modified\"} " + changing.notModified.get() + ".0")
        .contains("lede_fetch_errors_total 3.0");
  }

  @Test
  void theScheduleSurvivesARestart() throws Exception {
    FeedHost.Feed longTtl = host.feed("/ttl.xml").with(3);
    longTtl.channelExtra = "<ttl>720</ttl><skipHours><hour>22</hour><hour>23</hour></skipHours>";
    FeedHost.Feed failing = host.feed("/failing.xml").with(2);
    failing.failWith = 500;
    String t = longTtl.url("127.0.0.1");
    String f = failing.url("127.0.0.1");
    add(t);
    add(f);
    scheduler().runDue();
    // 10:00 + 12 h = 22:00, a skipped hour: the poll moves to midnight.
    assertThat(state(t).nextPoll()).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));

    control.close();
    control = SqliteStore.open(data);
    states = dev.lede.store.jdbc.JdbcPollStates.of(control);
    Scheduler again = scheduler();
    clock.advance(Duration.ofHours(1));
    assertThat(again.runDue()).as("only the failing feed is due").isEqualTo(1);
    assertThat(state(f).errors()).isEqualTo(2);
    assertThat(longTtl.answered.get()).isEqualTo(1);
  }

  @Test
  void aPausedSourceIsNotPolledUntilResumed() throws Exception {
    FeedHost.Feed feed = host.feed("/paused.xml").with(0);
    String u = feed.url("127.0.0.1");
    add(u);
    Scheduler s = scheduler();
    assertThat(s.setPaused(u, true)).isTrue();
    clock.advance(MAX);
    assertThat(s.runDue()).isZero();
    assertThat(feed.answered.get()).isZero();
    s.setPaused(u, false);
    assertThat(s.runDue()).isEqualTo(1);
    assertThat(storyOf(feed.itemUrl(0))).isPresent();
  }

  /** Prints each source's state, its next poll relative to the test clock. */
  void print(String when, String... urls) {
    System.out.println("PollingTest, " + when + ":");
    for (String u : urls) {
      PollState p = state(u);
      System.out.printf(
          "  %-40s %-12s errors %d  next poll in %s  last error %s%n",
          u.replaceFirst("^http://", ""),
          p.status(),
          p.errors(),
          Duration.between(clock.instant(), p.nextPoll()),
          p.lastError().orElse("-"));
    }
  }

  static Map<String, PollState> all(PollStateStore s) {
    return s.all();
  }
}
