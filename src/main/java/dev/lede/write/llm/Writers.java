package dev.lede.write.llm;

import dev.lede.write.OfflineWriter;
import dev.lede.write.Writer;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Picks the writer for the command-line options {@code --llm URL --model NAME}: the offline writer
 * when {@code --llm} is absent, else an {@link LlmWriter} over it.
 *
 * <pre>{@code
 * Optional<LlmConfig> llm = Writers.config(llmUrl, model);   // validate before reading input
 * Writer w = Writers.fromOptions(llmUrl, model, OfflineWriter.withMiniLm(), err::println);
 * }</pre>
 */
public final class Writers {
  private Writers() {}

  /**
   * The LLM config the options ask for, or empty when {@code --llm} is absent.
   *
   * @throws IllegalArgumentException when only one of the two options is given, or a value is bad
   */
  public static Optional<LlmConfig> config(Optional<String> llmUrl, Optional<String> model) {
    Objects.requireNonNull(llmUrl, "llmUrl");
    Objects.requireNonNull(model, "model");
    Optional<String> url = llmUrl.filter(u -> !u.isBlank());
    Optional<String> name = model.filter(m -> !m.isBlank());
    if (url.isEmpty() && name.isEmpty()) {
      return Optional.empty();
    }
    if (url.isEmpty()) {
      throw new IllegalArgumentException(
          "--model " + name.get() + " needs --llm URL (an OpenAI-compatible server)");
    }
    if (name.isEmpty()) {
      throw new IllegalArgumentException(
          "--llm " + url.get() + " needs --model NAME (the model the server should run)");
    }
    return Optional.of(LlmConfig.parse(url.get(), name.get()));
  }

  /**
   * The writer for the options: {@code offline} itself without {@code --llm}, else an {@link
   * LlmWriter} that falls back to it.
   *
   * @param notes receives the LLM writer's notes (fallbacks, dropped sentences)
   * @throws IllegalArgumentException as {@link #config}
   */
  public static Writer fromOptions(
      Optional<String> llmUrl,
      Optional<String> model,
      OfflineWriter offline,
      Consumer<String> notes) {
    Objects.requireNonNull(offline, "offline");
    Objects.requireNonNull(notes, "notes");
    Optional<LlmConfig> config = config(llmUrl, model);
    return config.isEmpty() ? offline : fromConfig(config.get(), offline, notes);
  }

  private static Writer fromConfig(LlmConfig c, OfflineWriter offline, Consumer<String> notes) {
    return LlmWriter.create(c, offline, notes);
  }
}
