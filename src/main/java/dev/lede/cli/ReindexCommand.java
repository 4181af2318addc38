package dev.lede.cli;

import dev.lede.index.IndexRebuilder;
import dev.lede.newsroom.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lede reindex}: rebuilds the Lucene index from the SQLite store. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild the search index from the stored articles (SQLite is the source of truth).")
final class ReindexCommand implements Callable<Integer> {
  @Mixin DataDir data;

  @Override
  public Integer call() throws Exception {
    try (Workspace ws = Workspace.open(data.toWrite())) {
      IndexRebuilder.rebuild(ws.store().all(), ws.index());
      System.err.printf(
          "reindex: %d articles stored, %d indexed%n", ws.store().count(), ws.index().count());
    }
    return 0;
  }
}
