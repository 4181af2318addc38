package dev.lede.poll;

import java.util.Objects;
import java.util.Optional;

/**
 * What one poll of a source did.
 *
 * @param outcome fetched and read, unchanged (304), or failed/refused
 * @param newArticles articles newly stored
 * @param error why it failed; on success, problems with some of its items
 * @param signals what the source said about when to come back
 */
public record PollResult(
    Outcome outcome, int newArticles, Optional<String> error, Signals signals) {

  /** How a poll ended. */
  public enum Outcome {
    OK("ok"),
    NOT_MODIFIED("not_modified"),
    FAILED("failed");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /** The word shown and stored: {@code ok}, {@code not_modified}, {@code failed}. */
    public String label() {
      return label;
    }
  }

  public PollResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(signals, "signals");
    if (newArticles < 0) {
      throw new IllegalArgumentException("newArticles " + newArticles + " is negative");
    }
  }

  public static PollResult failed(String error, Signals signals) {
    return new PollResult(Outcome.FAILED, 0, Optional.of(error), signals);
  }
}
