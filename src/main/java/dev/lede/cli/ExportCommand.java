package dev.lede.cli;

import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomSiteData;
import dev.lede.web.StaticExport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lede export DIR}: the whole site as static files. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write the whole site (pages, API JSON, feeds, sitemaps) as static files to DIR.")
final class ExportCommand implements Callable<Integer> {
  @Mixin DataDir data;

  @Parameters(paramLabel = "DIR")
  Path out;

  @picocli.CommandLine.Option(
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = "http://localhost",
      description =
          "Public address of the exported site, used in canonical links, feeds and sitemaps."
              + " Default: ${DEFAULT-VALUE}")
  String baseUrl;

  @Override
  public Integer call() throws Exception {
    if (dev.lede.web.internal.SafeUrl.http(baseUrl).isEmpty()) {
      System.err.println("lede export: --base-url " + baseUrl + " is not an http(s) URL");
      return 2;
    }
    // Opened as a site serves it: no lock taken, nothing written in the folder.
    try (Newsroom room = Newsroom.openForServing(data.toRead())) {
      room.clusterer();
      StaticExport.Report r;
      try {
        r =
            StaticExport.export(
                new NewsroomSiteData(room),
                dev.lede.web.WebConfig.defaults(0).withBaseUrl(baseUrl.replaceAll("/+$", "")),
                out);
      } catch (IllegalArgumentException e) {
        System.err.println("lede export: " + e.getMessage());
        return 2;
      }
      System.err.printf(
          "export: %d files, %d stories written to %s%n", r.files(), r.stories(), out);
      for (String s : r.skipped()) {
        System.err.println("  skipped: " + s);
      }
    }
    return 0;
  }
}
