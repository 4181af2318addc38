package dev.lede.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Development aid: writes Lede's paragraphs and the gold snippets of every trafilatura-eval
 * development page as JSON lines, for analyses of where kept boilerplate and lost text sit in the
 * output. Held-out pages are skipped.
 *
 * <p>Usage: {@code bench/run-java dev.lede.bench.ExtractionDump OUT.jsonl}
 */
public final class ExtractionDump {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of("..", "shared", "data", "extraction", "trafilatura-eval");
    ObjectMapper om = new ObjectMapper();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
      for (ExtractionEval.SnippetDoc d : ExtractionEval.trafilatura(dir)) {
        if (ExtractionDev.heldOut(d.id())) continue;
        ExtractedPage page = Extractor.extract(d.bytes(), Optional.empty(), d.url());
        ObjectNode o = om.createObjectNode();
        o.put("id", d.id());
        o.put("url", d.url());
        page.paragraphs().forEach(o.putArray("paragraphs")::add);
        d.with().forEach(o.putArray("with")::add);
        d.without().forEach(o.putArray("without")::add);
        w.println(om.writeValueAsString(o));
      }
    }
  }
}
