package dev.lede.bench;

import dev.lede.story.crosslang.CrossLanguageLinker;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Development aid for edition linking in the newsroom: reads the within-language stories of a data
 * folder (e.g. {@code ./lede run --no-serve --data DIR}) from its SQLite file, read-only, computes
 * every article's anchors with the current code (title and head of text, as the newsroom does) and
 * links all stories at once with the linker's defaults; prints each linked group (language, size,
 * first title of each story) and how many groups hold each set of languages. Run: {@code
 * bench/run-java dev.lede.bench.EditionLinkDev DIR}.
 */
public final class EditionLinkDev {

  private EditionLinkDev() {}

  record Row(String story, String title, String text, String lang, Instant time, boolean dated) {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0], "lede.db");
    List<Row> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT sa.story_id, a.title, a.text, a.language, a.published, a.fetched_at"
                    + " FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
                    + " ORDER BY sa.seq")) {
      while (r.next()) {
        long published = r.getLong(5);
        boolean dated = !r.wasNull();
        rows.add(
            new Row(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4).split("-", 2)[0],
                Instant.ofEpochMilli(dated ? published : r.getLong(6)),
                dated));
      }
    }
    CrossLanguageLinker.Stories stories = new CrossLanguageLinker.Stories();
    Map<String, List<Row>> byStory = new LinkedHashMap<>();
    rows.forEach(x -> byStory.computeIfAbsent(x.story(), k -> new ArrayList<>()).add(x));
    Map<String, java.util.Set<String>> storyAnchors = new HashMap<>();
    long t0 = System.nanoTime();
    byStory.values().stream()
        .sorted(
            java.util.Comparator.comparing(
                (List<Row> l) -> l.stream().map(Row::time).min(Instant::compareTo).orElseThrow()))
        .forEach(
            l -> {
              // As the newsroom does: undated articles take the first time of the story's dated
              // ones.
              Optional<Instant> first =
                  l.stream().filter(Row::dated).map(Row::time).min(Instant::compareTo);
              for (Row x : l) {
                java.util.Set<String> anchors = CrossLanguageLinker.anchors(x.title(), x.text());
                storyAnchors
                    .computeIfAbsent(x.story(), k -> new java.util.TreeSet<>())
                    .addAll(anchors);
                stories.add(
                    x.story(),
                    x.lang(),
                    Optional.of(x.dated() ? x.time() : first.orElse(x.time())),
                    anchors);
              }
            });
    long anchorsMs = (System.nanoTime() - t0) / 1_000_000;
    Map<String, String> groups = CrossLanguageLinker.defaults().link(stories);
    Map<String, List<String>> members = new LinkedHashMap<>();
    groups.forEach((story, g) -> members.computeIfAbsent(g, k -> new ArrayList<>()).add(story));
    Map<String, Integer> kinds = new TreeMap<>();
    for (List<String> m : members.values()) {
      if (m.size() < 2) {
        continue;
      }
      List<String> langs = new ArrayList<>();
      for (String story : m) {
        List<Row> l = byStory.get(story);
        langs.add(l.get(0).lang());
        System.out.printf(
            "  %s %s (%d) %s %s%n",
            story,
            l.get(0).lang(),
            l.size(),
            l.get(0).time().toString().substring(0, 10),
            l.get(0).title());
      }
      java.util.Set<String> shared = new java.util.TreeSet<>(storyAnchors.get(m.get(0)));
      m.forEach(story -> shared.retainAll(storyAnchors.get(story)));
      System.out.println("    shared by all: " + shared);
      System.out.println();
      kinds.merge(String.join("+", langs.stream().sorted().toList()), 1, Integer::sum);
    }
    Map<String, Integer> perLang = new HashMap<>();
    byStory.values().forEach(l -> perLang.merge(l.get(0).lang(), 1, Integer::sum));
    System.out.printf(
        "%d articles, %d stories %s; anchors %d ms; linked groups by languages: %s%n",
        rows.size(), byStory.size(), new TreeMap<>(perLang), anchorsMs, kinds);
  }
}
