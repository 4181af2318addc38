package dev.lede.web;

import dev.lede.web.internal.RenderCache.Rendered;
import dev.lede.web.internal.Views;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the whole site as static files ({@code lede export DIR}), the same bytes the server sends:
 *
 * <pre>
 * index.html, 404.html, search/index.html (a note that search needs the server)
 * stories/ID/index.html and stories/ID/SLUG/index.html
 * entities/index.html, entities/KEY/index.html, sources/index.html
 * static/site.css, static/site.js, static/favicon.svg
 * rss.xml, atom.xml, sitemap.xml, news-sitemap.xml, robots.txt
 * api/stories.json, api/stories/ID.json, api/openapi.json, api/story.schema.json
 * </pre>
 *
 * Story ids and entity keys that are not safe path segments are skipped and reported.
 */
public final class StaticExport {

  /**
   * What an export wrote.
   *
   * @param files number of files written
   * @param stories number of story pages
   * @param skipped ids and keys left out because they are not safe file names
   */
  public record Report(int files, int stories, List<String> skipped) {
    public Report {
      skipped = List.copyOf(skipped);
    }
  }

  private final SiteRenderer site;
  private final Path dir;
  private int files;

  private StaticExport(SiteRenderer site, Path dir) {
    this.site = site;
    this.dir = dir;
  }

  /** Exports with {@link WebConfig#defaults}: base URL {@code http://localhost}. */
  public static Report export(SiteData data, Path dir) {
    return export(data, WebConfig.defaults(0).withBaseUrl("http://localhost"), dir);
  }

  /**
   * Exports with the site name, language and base URL of {@code config} (the base URL is used in
   * canonical links, feeds and sitemaps; without one, {@code http://localhost}).
   *
   * @throws UncheckedIOException naming the file that could not be written
   */
  public static Report export(SiteData data, WebConfig config, Path dir) {
    String base = config.baseUrl().map(Object::toString).orElse("http://localhost");
    Path root = confine(dir);
    SiteRenderer site = new SiteRenderer(data, base, config, false, Clock.systemUTC());
    return new StaticExport(site, root).run();
  }

  /** Marks a folder as a Lede export, so a later export may write into it again. */
  static final String MARKER = ".lede-export";

  /**
   * The folder to export into, made absolute: never a file system root, and when it exists and
   * holds anything, it must be an earlier export (its marker, or the index page and API document of
   * exports made before the marker).
   */
  private static Path confine(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    if (root.getParent() == null) {
      throw new IllegalArgumentException(
          "refusing to export into " + root + ": a file system root");
    }
    try {
      if (Files.isDirectory(root)) {
        boolean empty;
        try (java.util.stream.Stream<Path> s = Files.list(root)) {
          empty = s.findAny().isEmpty();
        }
        boolean earlier =
            Files.exists(root.resolve(MARKER), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || (Files.isRegularFile(root.resolve("index.html"))
                    && Files.isRegularFile(root.resolve("api/openapi.json")));
        if (!empty && !earlier) {
          throw new IllegalArgumentException(
              "refusing to export into "
                  + root
                  + ": it is not empty and not an earlier Lede export; choose a new or empty"
                  + " folder");
        }
      }
      Files.createDirectories(root);
      Files.write(root.resolve(MARKER), new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot export into " + root + ": " + e.getMessage(), e);
    }
    return root;
  }

  private Report run() {
    List<String> skipped = new ArrayList<>();
    write("index.html", site.home());
    write("404.html", site.notFound());
    write("entities/index.html", site.entities());
    write("sources/index.html", site.sources());
    write(
        "search/index.html",
        site.searchPage(
            new Views.Search(
                "",
                "",
                "",
                "",
                "",
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                false)));
    write("static/site.css", site.assets().css());
    write("static/site.js", site.assets().js());
    write("static/favicon.svg", site.assets().favicon());
    write("rss.xml", site.rss());
    write("atom.xml", site.atom());
    write("sitemap.xml", site.sitemap());
    write("news-sitemap.xml", site.newsSitemap());
    write("robots.txt", site.robots());
    write("api/stories.json", site.apiStories());
    write("api/openapi.json", site.assets().openapi());
    write("api/story.schema.json", site.assets().storySchema());

    int stories = 0;
    for (StoryView v : site.data().topStories(SiteRenderer.ALL_STORIES)) {
      if (!SitePaths.isId(v.id()) || v.id().startsWith(".")) {
        skipped.add("story " + v.id());
        continue;
      }
      Optional<Rendered> page = site.story(v.id());
      if (page.isEmpty()) {
        continue;
      }
      stories++;
      write("stories/" + v.id() + "/index.html", page.get());
      String slug = SitePaths.slug(v.headline());
      if (!slug.isEmpty()) {
        write("stories/" + v.id() + "/" + slug + "/index.html", page.get());
      }
      site.apiStory(v.id()).ifPresent(j -> write("api/stories/" + v.id() + ".json", j));
    }
    for (EntitySummary e : site.data().entities()) {
      String key = e.entity().key();
      if (!SitePaths.isId(key) || key.startsWith(".")) {
        skipped.add("entity " + key);
        continue;
      }
      site.entity(key).ifPresent(r -> write("entities/" + key + "/index.html", r));
    }
    return new Report(files, stories, skipped);
  }

  private void write(String relative, Rendered r) {
    Path file = dir.resolve(relative).normalize();
    if (!file.startsWith(dir) || file.equals(dir)) {
      throw new IllegalArgumentException("export path " + relative + " leaves " + dir);
    }
    try {
      // Folder by folder, never through a symbolic link: one planted inside the export folder
      // must not lead a write outside it.
      Path at = dir;
      for (Path part : dir.relativize(file.getParent())) {
        at = at.resolve(part);
        if (Files.isSymbolicLink(at)) {
          throw new IOException("refusing to follow the symbolic link " + at);
        }
        if (!Files.isDirectory(at, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectory(at);
        }
      }
      if (Files.isSymbolicLink(file)) {
        throw new IOException("refusing to follow the symbolic link " + file);
      }
      try (java.nio.channels.SeekableByteChannel out =
          Files.newByteChannel(
              file,
              java.util.Set.of(
                  java.nio.file.StandardOpenOption.CREATE,
                  java.nio.file.StandardOpenOption.WRITE,
                  java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                  java.nio.file.LinkOption.NOFOLLOW_LINKS))) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(r.body());
        while (b.hasRemaining()) {
          out.write(b);
        }
      }
      files++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
