package dev.lede.cli;

import dev.lede.model.Source;
import dev.lede.newsroom.Workspace;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lede sources add|list|remove}: the list of sources {@code lede ingest} polls. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "Manage the sources that 'lede ingest' polls when given no SOURCE.",
    subcommands = {
      SourcesCommand.Add.class,
      SourcesCommand.ListSources.class,
      SourcesCommand.Remove.class,
      SourcesCommand.Import.class,
      SourcesCommand.Export.class
    })
final class SourcesCommand implements Runnable {
  @Override
  public void run() {
    picocli.CommandLine.usage(this, System.out);
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add sources.")
  static final class Add implements Callable<Integer> {
    @Mixin DataDir data;

    @Parameters(paramLabel = "SOURCE", arity = "1..*")
    List<String> refs;

    @Override
    public Integer call() throws Exception {
      try (Workspace ws = Workspace.open(data.toWrite())) {
        for (String r : refs) {
          ws.store().addSource(new Source(r, Instant.now()));
          System.out.println("added " + r);
        }
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List sources.")
  static final class ListSources implements Callable<Integer> {
    @Mixin DataDir data;

    @Override
    public Integer call() throws Exception {
      try (Workspace ws = Workspace.openToRead(data.toRead())) {
        for (Source s : ws.store().sources()) {
          System.out.println(s.ref());
        }
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove sources.")
  static final class Remove implements Callable<Integer> {
    @Mixin DataDir data;

    @Parameters(paramLabel = "SOURCE", arity = "1..*")
    List<String> refs;

    @Override
    public Integer call() throws Exception {
      int missing = 0;
      try (Workspace ws = Workspace.open(data.toWrite())) {
        for (String r : refs) {
          if (ws.store().removeSource(r)) {
            System.out.println("removed " + r);
          } else {
            System.err.println("lede sources remove: no such source: " + r);
            missing++;
          }
        }
      }
      return missing == 0 ? 0 : 1;
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Add every feed of an OPML file (e.g. exported from Miniflux or FreshRSS), with its title"
            + " and category.",
        "Prints how many were added, skipped (already sources) and refused (not http(s) feed"
            + " URLs); exits 1 naming each refused feed, 2 when the file cannot be read."
      })
  static final class Import implements Callable<Integer> {
    @Mixin DataDir data;

    @Parameters(paramLabel = "FILE.opml", arity = "1")
    java.nio.file.Path file;

    @Override
    public Integer call() throws Exception {
      byte[] body;
      try {
        if (java.nio.file.Files.size(file) > dev.lede.opml.Opml.MAX_BYTES) {
          System.err.println(
              "lede sources import: "
                  + file
                  + ": larger than "
                  + dev.lede.opml.Opml.MAX_BYTES
                  + " bytes");
          return 2;
        }
        body = java.nio.file.Files.readAllBytes(file);
      } catch (java.io.IOException e) {
        System.err.println("lede sources import: cannot read " + file + ": " + e.getMessage());
        return 2;
      }
      try (Workspace ws = Workspace.open(data.dir)) {
        dev.lede.web.ImportReport r;
        try {
          r = catalog(ws).importOpml(body, file.toString());
        } catch (IllegalArgumentException e) {
          System.err.println("lede sources import: " + e.getMessage());
          return 2;
        }
        System.out.printf(
            "added %d, skipped %d, refused %d%n", r.added(), r.skipped(), r.refused());
        for (String p : r.problems()) {
          System.err.println("  " + p);
        }
        return r.refused() == 0 ? 0 : 1;
      }
    }
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Print the sources as OPML 2.0 (grouped by category) on stdout.")
  static final class Export implements Callable<Integer> {
    @Mixin DataDir data;

    @Override
    public Integer call() throws Exception {
      try (Workspace ws = Workspace.open(data.dir)) {
        System.out.print(catalog(ws).exportOpml());
        System.out.flush();
      }
      return 0;
    }
  }

  static dev.lede.sources.SourceCatalog catalog(Workspace ws) {
    return new dev.lede.sources.SourceCatalog(
        ws.store(), ws.sourceLabels(), ws.pollStates(), java.time.Clock.systemUTC(), () -> {});
  }
}
