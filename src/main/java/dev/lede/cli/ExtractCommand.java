package dev.lede.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import dev.lede.ingest.LocalFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lede extract FILE...}: main text and metadata of HTML files, one JSON line each. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Extract article text and metadata from HTML files; prints one JSON line per file, in"
            + " order: {file, url, title, byline, published, language, text}.")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    int failed = 0;
    for (Path f : files) {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.put("file", f.toString());
      byte[] body;
      try {
        body = LocalFiles.read(f); // capped as a fetched page is
      } catch (LocalFiles.TooLargeException e) {
        System.err.println("lede extract: " + e.getMessage());
        failed++;
        continue;
      } catch (java.io.IOException e) {
        System.err.println("lede extract: " + f + ": cannot read: " + e.getMessage());
        failed++;
        continue;
      }
      String base = f.toAbsolutePath().normalize().toUri().toString();
      ExtractedPage p = Extractor.extract(body, Optional.empty(), base);
      n.put("url", p.canonicalUrl().orElse(base));
      Json.putOpt(n, "title", p.title());
      Json.putOpt(n, "byline", p.byline());
      Json.putOpt(n, "published", p.published());
      Json.putOpt(n, "language", p.language());
      n.put("text", p.text());
      System.out.println(Json.MAPPER.writeValueAsString(n));
    }
    System.out.flush();
    return failed == 0 ? 0 : 1;
  }
}
