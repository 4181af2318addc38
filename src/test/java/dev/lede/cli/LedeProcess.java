package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomListener;
import dev.lede.newsroom.NewsroomTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code lede} command line in a child JVM (as {@code ./lede} runs it), bounded in time,
 * with its output kept in files so a chatty child never blocks. Also builds the small data folder
 * the command tests read: three reports, two stories (the Crete earthquake and a library vote),
 * written.
 */
public final class LedeProcess {
  static final Duration LIMIT = Duration.ofMinutes(2);

  private LedeProcess() {}

  /** What a finished child left: its exit code, stdout and stderr. */
  record Result(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).toList();
    }

    /** Exit code 2 and exactly one line on stderr, with no stack trace in it. */
    Result isOneLineMistake() {
      assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(2);
      assertThat(errLines()).as("stderr").hasSize(1);
      assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
      return this;
    }
  }

  /** The java command that runs the CLI with the test class path, then {@code args}. */
  static List<String> command(List<String> args) {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-cp");
    cmd.add(cp);
    cmd.add("dev.lede.cli.Main");
    cmd.addAll(args);
    return cmd;
  }

  static Result run(String... args) throws Exception {
    return run(new ProcessBuilder(command(List.of(args))));
  }

  /** Runs {@code pb} to its end (killed past {@link #LIMIT}), stdout kept unless redirected. */
  static Result run(ProcessBuilder pb) throws Exception {
    Path out = Files.createTempFile("lede-out", ".txt");
    Path err = Files.createTempFile("lede-err", ".txt");
    try {
      if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
        pb.redirectOutput(out.toFile());
      }
      pb.redirectError(err.toFile()).redirectInput(new File("/dev/null"));
      Process p = pb.start();
      if (!p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError("lede did not finish within " + LIMIT + ": " + pb.command());
      }
      return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Ingests the three reports into {@code data} and writes their two stories. */
  public static Path smallNewsroom(Path data) throws Exception {
    Path reports = Files.createTempFile("reports", ".jsonl");
    try {
      Files.writeString(
          reports,
          NewsroomTest.twoQuakeReports()
              + NewsroomTest.line(
                  "https://c.example/library",
                  "Gamma Post",
                  "Springfield approves a library",
                  "2021-09-20T08:00:00Z",
                  NewsroomTest.OTHER));
      try (Newsroom room = Newsroom.open(data)) {
        room.ingest(List.of(reports.toString()), req -> null, false, true, NewsroomListener.NONE);
      }
      return data;
    } finally {
      Files.deleteIfExists(reports);
    }
  }

  /** Every file and folder under {@code dir} with its size and modification time, sorted. */
  static List<String> listing(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      return walk.map(
              p -> {
                try {
                  return dir.relativize(p)
                      + " "
                      + (Files.isDirectory(p) ? "dir" : Files.size(p))
                      + " "
                      + Files.getLastModifiedTime(p).toMillis();
                } catch (IOException e) {
                  return dir.relativize(p) + " gone";
                }
              })
          .sorted()
          .toList();
    }
  }
}
