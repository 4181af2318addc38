package dev.lede.write.internal;

import dev.lede.write.StageFailure;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the writer's stages for one story so that a stage that throws costs the story that stage,
 * never the story: an optional stage that throws is reported and its input goes on unchanged (or
 * its {@code without} value stands in), and what a required stage throws goes to the writer's
 * fallback. The grounding check is no stage: it is never skipped. Not thread-safe: one per write.
 */
public final class Stages {
  /**
   * Called before each stage runs, with the story and the stage's name. Production runs none; a
   * test makes it throw to see the writer degrade.
   */
  @FunctionalInterface
  public interface Probe {
    Probe NONE = (story, stage) -> {};

    void before(String story, String stage);
  }

  private final String story;
  private final Consumer<StageFailure> failures;
  private final Probe probe;
  private int failed;

  public Stages(String story, Consumer<StageFailure> failures, Probe probe) {
    this.story = Objects.requireNonNull(story, "story");
    this.failures = Objects.requireNonNull(failures, "failures");
    this.probe = Objects.requireNonNull(probe, "probe");
  }

  /** The story these stages write. */
  public String story() {
    return story;
  }

  /** {@code step}'s value, or {@code without}'s when the stage throws (reported). */
  public <T> T optional(String stage, Supplier<T> step, Supplier<T> without) {
    try {
      probe.before(story, stage);
      return step.get();
    } catch (RuntimeException | StackOverflowError e) {
      // A stack overflow too: a regular expression too deep for one odd text, unwound by now.
      failed(stage, e);
      return without.get();
    }
  }

  /** Runs {@code step}; when it throws, reports it and goes on. */
  public void optional(String stage, Runnable step) {
    optional(
        stage,
        () -> {
          step.run();
          return null;
        },
        () -> null);
  }

  /** {@code step}'s value; what it throws is thrown on, for the writer's fallback to catch. */
  public <T> T required(String stage, Supplier<T> step) {
    probe.before(story, stage);
    return step.get();
  }

  /** Reports that {@code stage} threw {@code e} and the story goes on without it. */
  public void failed(String stage, Throwable e) {
    failed++;
    failures.accept(new StageFailure(story, stage, e));
  }

  /** True when a stage threw: what is written is checked for grounding once more. */
  public boolean degraded() {
    return failed > 0;
  }
}
