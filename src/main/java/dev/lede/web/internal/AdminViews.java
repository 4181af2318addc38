package dev.lede.web.internal;

import java.util.List;
import java.util.Optional;

/** What the admin templates show; every string is plain text, escaped by jte. */
public final class AdminViews {
  private AdminViews() {}

  /** The token login form. */
  public record Login(String siteName, Optional<String> error) {}

  /**
   * The sources console.
   *
   * @param csrf the session's form token, put in every form
   * @param polling whether this process polls (false with --no-poll)
   */
  public record Console(
      String siteName,
      String csrf,
      List<Row> rows,
      Optional<String> flash,
      List<String> problems,
      boolean polling) {
    public Console {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  /**
   * One source.
   *
   * @param link the feed URL when it is safe to link (http(s)), else empty
   */
  public record Row(
      String ref,
      Optional<String> link,
      String name,
      String category,
      String status,
      String lastPoll,
      String nextPoll,
      String lastError,
      String perDay,
      boolean paused) {}
}
