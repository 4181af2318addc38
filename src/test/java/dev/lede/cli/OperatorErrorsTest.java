package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.index.lucene.LuceneIndex;
import dev.lede.testing.Slow;
import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operator mistakes, run through the real command line in a child process: each gets one line on
 * stderr naming the input and the problem and exit code 2, never a stack trace (unless {@code
 * --debug}); a failure of the machine (output on a full disk) one line and exit code 1.
 */
@Slow
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class OperatorErrorsTest {
  @TempDir static Path shared;
  static Path data;

  @TempDir Path tmp;

  @BeforeAll
  static void buildTheDataFolder() throws Exception {
    data = LedeProcess.smallNewsroom(shared.resolve("data"));
  }

  @Test
  void aFileGivenAsTheDataFolderIsNamedInOneLine() throws Exception {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "not a folder");
    for (String command : List.of("articles", "ingest", "reindex")) {
      LedeProcess.Result r = LedeProcess.run(command, "--data", file.toString()).isOneLineMistake();
      assertThat(r.err()).contains("lede " + command, "--data " + file, "not a folder");
    }
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void aReadCommandOnAMissingDataFolderSaysSoAndCreatesNothing() throws Exception {
    Path missing = tmp.resolve("missing").resolve("x");
    for (List<String> args :
        List.of(
            List.of("articles"),
            List.of("related", "s-0123456789ab"),
            List.of("export", tmp.resolve("site").toString()),
            List.of("sources", "list"))) {
      List<String> all = new java.util.ArrayList<>(args);
      all.addAll(List.of("--data", missing.toString()));
      LedeProcess.Result r = LedeProcess.run(all.toArray(String[]::new)).isOneLineMistake();
      assertThat(r.err()).contains("--data " + missing, "no such folder");
    }
    assertThat(tmp.resolve("missing")).doesNotExist();
  }

  @Test
  void aNegativeDelayIsRefusedNamingTheOptionAndTheValue() throws Exception {
    LedeProcess.Result r =
        LedeProcess.run("ingest", "--data", tmp.resolve("d").toString(), "--delay", "-1", "x.rss")
            .isOneLineMistake();
    assertThat(r.err()).contains("--delay", "-1");
    assertThat(tmp.resolve("d")).doesNotExist();
  }

  @Test
  void aZeroTimeoutIsRefusedNamingTheOptionAndTheValue() throws Exception {
    LedeProcess.Result r =
        LedeProcess.run("ingest", "--data", tmp.resolve("d").toString(), "--timeout", "0", "x.rss")
            .isOneLineMistake();
    assertThat(r.err()).contains("--timeout", ": 0");
  }

  @Test
  void aPortNoServerCanUseIsRefusedBeforeTheFolderIsOpened() throws Exception {
    LedeProcess.Result r =
        LedeProcess.run("serve", "--data", tmp.resolve("d").toString(), "--port", "99999")
            .isOneLineMistake();
    assertThat(r.err()).contains("--port", "99999");
    assertThat(tmp.resolve("d")).doesNotExist();
  }

  @Test
  void aPortInUseIsAOneLineError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      LedeProcess.Result r =
          LedeProcess.run("serve", "--data", data.toString(), "--port", String.valueOf(port))
              .isOneLineMistake();
      assertThat(r.err()).contains("--port " + port, "127.0.0.1:" + port);
    }
  }

  @Test
  void relatedWithALimitBelowOneIsRefused() throws Exception {
    LedeProcess.Result r =
        LedeProcess.run("related", "--data", data.toString(), "--limit", "0", "s-0123456789ab")
            .isOneLineMistake();
    assertThat(r.err()).contains("--limit", ": 0");
  }

  @Test
  void aSecondWriterIsToldThatAnotherLedeProcessHoldsTheFolder() throws Exception {
    try (LuceneIndex held = LuceneIndex.open(data.resolve("index"))) {
      LedeProcess.Result r =
          LedeProcess.run("ingest", "--data", data.toString(), "--no-fetch", "x.jsonl")
              .isOneLineMistake();
      assertThat(r.err()).contains("another lede process holds " + data);
    }
  }

  @Test
  void debugAddsTheStackTraceToTheSameFirstLine() throws Exception {
    try (LuceneIndex held = LuceneIndex.open(data.resolve("index"))) {
      LedeProcess.Result r = LedeProcess.run("--debug", "reindex", "--data", data.toString());
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.errLines().get(0)).contains("another lede process holds " + data);
      assertThat(r.err()).contains("\tat dev.lede.");
    }
  }

  @Test
  void articlesWrittenToAFullDiskFailInOneLineWithExitCode1() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "no /dev/full on this system");
    LedeProcess.Result r =
        LedeProcess.run(
            new ProcessBuilder(LedeProcess.command(List.of("articles", "--data", data.toString())))
                .redirectOutput(full));
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("lede articles", "cannot write the output");
  }
}
