package dev.lede.cli;

import dev.lede.index.IndexRebuilder;
import dev.lede.newsroom.Workspace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lede reindex}: rebuilds the search index (Lucene or OpenSearch) from the store. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild the search index (Lucene in the data folder, or --index OpenSearch) from the"
            + " stored articles (SQLite or --store PostgreSQL is the source of truth).")
final class ReindexCommand implements Callable<Integer> {
  @Mixin DataDir data;

  @Mixin StoreOptions where;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (Workspace ws = Workspace.open(data.toWrite(), where.engines(spec))) {
      IndexRebuilder.rebuild(ws.store().all(), ws.index());
      System.err.printf(
          "reindex: %d articles stored, %d indexed%n", ws.store().count(), ws.index().count());
    }
    return 0;
  }
}
