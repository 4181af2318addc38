package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.store.StoryStore;
import dev.lede.store.WrittenStoryStore;
import dev.lede.store.jdbc.JdbcStoryStore;
import dev.lede.store.jdbc.JdbcWrittenStoryStore;
import dev.lede.store.sqlite.SqliteStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing is part of an ingest's durable work: a story whose articles changed owes a write until a
 * version of it is stored, whatever happened to the run that changed it (killed, {@code
 * --no-write}, a store that refused the write).
 */
class OwedWritesTest {
  @TempDir Path tmp;
  Path data;
  Path floods;
  Path receding;

  static final String FLOOD_A =
      "Floods on the river Elbe forced 3,000 people from their homes in Dresden on Monday, the"
          + " Saxony interior ministry said. The Elbe rose to 8.7 metres in Dresden. Mayor Dirk"
          + " Hilbert said the old town was protected by mobile walls.";
  static final String FLOOD_B =
      "The Elbe reached 8.7 metres in Dresden on Monday and about 3,000 residents were"
          + " evacuated, according to the Saxony interior ministry. Dresden mayor Dirk Hilbert"
          + " thanked volunteers who filled sandbags along the Elbe.";
  static final String FLOOD_C =
      "The Elbe began to fall in Dresden on Tuesday after peaking at 8.7 metres, and Dirk Hilbert"
          + " said evacuated residents of Dresden could return by Thursday. The Saxony interior"
          + " ministry counted damage in 40 streets.";
  static final String CHESS =
      "Magnus Carlsen won the Norway Chess tournament in Stavanger on Friday after a draw with"
          + " Hikaru Nakamura in the final round, the organisers said.";

  static String line(String url, String source, String title, String published, String text) {
    return String.format(
        "{\"url\":\"%s\",\"source\":\"%s\",\"title\":\"%s\",\"published\":\"%s\","
            + "\"text\":\"%s\"}%n",
        url, source, title, published, text);
  }

  @BeforeEach
  void sources() throws Exception {
    data = tmp.resolve("data");
    floods = tmp.resolve("floods.jsonl");
    Files.writeString(
        floods,
        line(
                "https://a.example/elbe",
                "Alpha News",
                "Elbe floods Dresden",
                "2024-06-03T07:00:00Z",
                FLOOD_A)
            + line(
                "https://b.example/dresden",
                "Beta Times",
                "Dresden evacuates 3,000",
                "2024-06-03T08:00:00Z",
                FLOOD_B)
            + line(
                "https://c.example/chess",
                "Board Post",
                "Carlsen wins in Stavanger",
                "2024-06-03T09:00:00Z",
                CHESS));
    receding = tmp.resolve("receding.jsonl");
    Files.writeString(
        receding,
        line(
            "https://g.example/elbe-falls",
            "Gamma Wire",
            "Elbe falls in Dresden",
            "2024-06-04T10:00:00Z",
            FLOOD_C));
  }

  /** Runs {@code lede ARGS} in this JVM; returns its exit code and what it printed on stderr. */
  record Run(int rc, String err) {
    List<String> lines(String containing) {
      return Arrays.stream(err.split("\n")).filter(l -> l.contains(containing)).toList();
    }
  }

  static synchronized Run lede(String... args) {
    PrintStream before = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PrintStream err = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      System.setErr(err);
      int rc = Main.commandLine().execute(args);
      return new Run(rc, buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(before);
    }
  }

  Run ingest(String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "ingest";
    args[1] = "--data";
    args[2] = data.toString();
    args[3] = "--no-fetch";
    System.arraycopy(extra, 0, args, 4, extra.length);
    return lede(args);
  }

  /** Live stories whose newest written version is missing or has another article count. */
  static List<String> unwritten(Path data) {
    try (SqliteStore store = SqliteStore.open(data)) {
      StoryStore stories = JdbcStoryStore.of(store);
      WrittenStoryStore written = JdbcWrittenStoryStore.of(store);
      Map<String, Integer> sizes = stories.storySizes();
      assertThat(sizes).isNotEmpty();
      return sizes.entrySet().stream()
          .filter(
              e -> {
                Optional<WrittenStoryStore.Version> v = written.latest(e.getKey());
                return v.isEmpty() || v.get().articles() != e.getValue();
              })
          .map(Map.Entry::getKey)
          .toList();
    }
  }

  static void sql(Path data, String statement) throws Exception {
    try (SqliteStore store = SqliteStore.open(data);
        Statement st = store.connection().createStatement()) {
      st.execute(statement);
    }
  }

  /** A store that refuses every written story after the first, as a disk that just filled up. */
  static final String REFUSE_AFTER_ONE =
      "CREATE TRIGGER refuse_writes BEFORE INSERT ON written_stories"
          + " WHEN (SELECT count(*) FROM written_stories) >= 1"
          + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END";

  @Test
  void storiesAssignedByARunThatDidNotWriteAreWrittenByTheNextRunEvenWithNothingNewToIngest() {
    assertThat(ingest("--no-write", floods.toString()).rc()).isZero();
    assertThat(unwritten(data)).hasSize(2);

    Run again = ingest(floods.toString());

    assertThat(again.rc()).as(again.err()).isZero();
    assertThat(unwritten(data)).as(again.err()).isEmpty();
  }

  @Test
  void aRunWhoseStoryWritesAreRefusedExitsOneWithOneLineAndTheNextRunWritesThem() throws Exception {
    assertThat(ingest("--no-write", floods.toString()).rc()).isZero();
    sql(data, REFUSE_AFTER_ONE);

    Run refused = ingest(floods.toString());

    assertThat(refused.rc()).as(refused.err()).isEqualTo(1);
    assertThat(refused.lines("database or disk is full")).as(refused.err()).hasSize(1);
    assertThat(refused.lines("not written").get(0)).contains("1 of 2 stories not written");
    assertThat(unwritten(data)).hasSize(1);

    sql(data, "DROP TRIGGER refuse_writes");
    Run rerun = ingest(floods.toString());

    assertThat(rerun.rc()).as(rerun.err()).isZero();
    assertThat(unwritten(data)).as(rerun.err()).isEmpty();
  }

  @Test
  void aDataFolderFromBeforeOwedWritesOwesItsUnwrittenAndStaleStories() throws Exception {
    // Written as before: both stories current.
    assertThat(ingest(floods.toString()).rc()).isZero();
    // Then the flood story grows, and the chess story's version is lost, in a folder kept
    // without the owed-writes table (as every folder was before it).
    assertThat(ingest("--no-write", receding.toString()).rc()).isZero();
    String chess;
    try (SqliteStore store = SqliteStore.open(data)) {
      chess =
          JdbcStoryStore.of(store)
              .liveStoriesOf(List.of(articleId(store, "chess")))
              .values()
              .stream()
              .findFirst()
              .orElseThrow();
    }
    sql(data, "DELETE FROM written_stories WHERE story_id='" + chess + "'");
    sql(data, "DROP TABLE owed_writes");
    assertThat(unwritten(data)).hasSize(2);

    Run upgraded = ingest(floods.toString(), receding.toString());

    assertThat(upgraded.rc()).as(upgraded.err()).isZero();
    assertThat(upgraded.err()).contains("finishing 2 stories owed by an earlier run");
    assertThat(unwritten(data)).isEmpty();
  }

  private static String articleId(SqliteStore store, String urlPart) {
    return store.all().stream()
        .filter(a -> a.url().contains(urlPart))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
