package dev.lede.cli;

import dev.lede.write.WriteCommandLogic;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code lede write}: writes one grounded article per story from JSON lines on stdin. */
@Command(
    name = "write",
    mixinStandardHelpOptions = true,
    description = {
      "Read JSON lines of articles {id,text,story?,title?,published?,url?,source?} on stdin and"
          + " print one JSON line per story (all lines form one story when 'story' is absent):"
          + " story, version, headline, keyphrase, metaDescription, lede, sections, quotes,"
          + " background, disagreements, disclaimer, sources, seo, datePublished, dateModified.",
      "Every sentence is {\"text\",\"sources\":[{\"article\",\"quote\"}]} where each quote is an"
          + " exact substring of that article's text."
    })
final class WriteCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin LlmOptions llm;

  @Override
  public Integer call() {
    try {
      llm.validate();
    } catch (IllegalArgumentException e) {
      System.err.println("lede write: " + e.getMessage());
      return 2;
    }
    int rc =
        WriteCommandLogic.run(
            System.in,
            System.out,
            System.err,
            () ->
                dev.lede.write.llm.Writers.fromOptions(
                    llm.url,
                    llm.model,
                    dev.lede.write.OfflineWriter.withMiniLm(),
                    note -> System.err.println("lede write: " + note)),
            java.time.Instant.now());
    System.out.flush();
    return rc;
  }
}
