package dev.lede.cli;

import dev.lede.write.llm.LlmConfig;
import dev.lede.write.llm.Writers;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --llm URL --model NAME}: the optional OpenAI-compatible writer backend. */
final class LlmOptions {
  @Option(
      names = "--llm",
      paramLabel = "URL",
      description =
          "OpenAI-compatible chat completions server (Ollama, llama.cpp, vLLM, hosted APIs) that"
              + " rewrites the selected source sentences; its output passes the same grounding"
              + " check, and any failure falls back to the offline writer. API key from"
              + " LEDE_LLM_API_KEY.")
  Optional<String> url = Optional.empty();

  @Option(names = "--model", paramLabel = "NAME", description = "Model name for --llm.")
  Optional<String> model = Optional.empty();

  /** Fails fast, naming the option, when only one of the two is given or the URL is bad. */
  void validate() {
    config();
  }

  /** The LLM backend asked for, if any; throws as {@link #validate}. */
  Optional<LlmConfig> config() {
    return Writers.config(url, model);
  }

  /**
   * The LLM backend asked for, if any, a bad option failing as an operator mistake (exit 2, one
   * line), as {@link FetcherOptions#fetcher(CommandSpec)} does.
   */
  Optional<LlmConfig> config(CommandSpec spec) {
    try {
      return config();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
