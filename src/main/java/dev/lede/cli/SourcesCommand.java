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
      SourcesCommand.Remove.class
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
}
