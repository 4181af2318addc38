package dev.lede.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.model.Article;
import dev.lede.newsroom.Workspace;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lede articles}: every stored article as one JSON line. */
@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description =
        "Print every stored article as a JSON line:"
            + " {id, url, title, source, published, language, duplicateOf}.")
final class ArticlesCommand implements Callable<Integer> {
  @Mixin DataDir data;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    try (Workspace ws = Workspace.openToRead(data.toRead())) {
      for (Article a : ws.store().all()) {
        out.println(Json.MAPPER.writeValueAsString(toJson(a)));
        Json.checkWritten(out);
      }
    }
    out.flush();
    Json.checkWritten(out);
    return 0;
  }

  static ObjectNode toJson(Article a) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("url", a.url());
    n.put("title", a.title());
    n.put("source", a.source());
    Json.putOpt(n, "published", a.published());
    n.put("language", a.language());
    Json.putOpt(n, "duplicateOf", a.duplicateOf());
    return n;
  }
}
