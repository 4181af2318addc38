package dev.lede.write.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.nlp.HashingEmbedder;
import dev.lede.write.OfflineWriter;
import dev.lede.write.Writer;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WritersTest {
  private final OfflineWriter offline = OfflineWriter.create(new HashingEmbedder());

  @Test
  void withoutLlmTheOfflineWriterItselfIsUsed() {
    Writer w = Writers.fromOptions(Optional.empty(), Optional.empty(), offline, n -> {});
    assertThat(w).isSameAs(offline);
    assertThat(Writers.config(Optional.of(" "), Optional.of(""))).isEmpty();
  }

  @Test
  void withLlmAndModelAnLlmWriterIsUsed() {
    Writer w =
        Writers.fromOptions(
            Optional.of("http://127.0.0.1:8080"), Optional.of("llama3"), offline, n -> {});
    assertThat(w).isInstanceOf(LlmWriter.class);
    LlmConfig c = Writers.config(Optional.of("http://127.0.0.1:8080"), Optional.of("llama3")).get();
    assertThat(c.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    assertThat(c.model()).isEqualTo("llama3");
  }

  @Test
  void llmWithoutAModelIsAnError() {
    assertThatThrownBy(
            () ->
                Writers.fromOptions(Optional.of("http://h:1"), Optional.empty(), offline, n -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--llm http://h:1 needs --model NAME (the model the server should run)");
  }

  @Test
  void aModelWithoutLlmIsAnError() {
    assertThatThrownBy(() -> Writers.config(Optional.empty(), Optional.of("llama3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--model llama3 needs --llm URL (an OpenAI-compatible server)");
  }

  @Test
  void aBadUrlIsAnErrorNamingIt() {
    assertThatThrownBy(() -> Writers.config(Optional.of("ftp://h"), Optional.of("m")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "--llm/--model: LLM URL \"ftp://h\" must be an http or https URL, e.g."
                + " http://localhost:8080");
  }
}
