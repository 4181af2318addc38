package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.story.StoryInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic news archive grown from real corpus articles: story {@code s} takes a seed article,
 * gives its names and numbers new values (the same for every article of the story), and each of its
 * articles keeps most sentences in a shuffled order. Stories arrive at a steady rate (30 a day), so
 * a larger archive covers a longer period rather than a denser one.
 */
final class SyntheticArchive {
  private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}\\p{Ll}{2,}");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?다])\\s+|\\n+");
  private static final String[] SYLLABLES = {
    "ka", "lo", "mir", "ven", "dra", "tos", "bel", "quin", "sar", "mon", "tev", "ril", "gan", "dor",
    "pel", "zu", "har", "nis", "oto", "val", "kes", "bri", "lum", "fen"
  };
  private static final String[] HANGUL = {
    "가", "나", "도", "리", "모", "벤", "사", "온", "주", "차", "타", "한"
  };
  static final Instant START = Instant.parse("2015-01-01T00:00:00Z");
  static final Duration STORY_INTERVAL = Duration.ofSeconds(86_400 / 30);

  private final List<String[]> english;
  private final List<String[]> korean;
  private final long salt;

  private SyntheticArchive(List<String[]> english, List<String[]> korean, long salt) {
    this.english = english;
    this.korean = korean;
    this.salt = salt;
  }

  /** Seeds from the shared corpus: English and Korean Wikinews. */
  static SyntheticArchive fromCorpus(Path corpus, long salt) {
    List<String[]> english = new ArrayList<>();
    List<String[]> korean = new ArrayList<>();
    read(corpus.resolve("wikinews-en-timeline/articles.jsonl"), english);
    read(corpus.resolve("wikinews-ko/wikinews_ko.jsonl"), korean);
    if (english.isEmpty() || korean.isEmpty()) {
      throw new IllegalStateException("no seed articles under " + corpus);
    }
    return new SyntheticArchive(english, korean, salt);
  }

  private static void read(Path jsonl, List<String[]> into) {
    ObjectMapper json = new ObjectMapper();
    try {
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String text = n.get("text").asText();
        if (text.length() > 200) {
          into.add(new String[] {n.get("title").asText(), text});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl, e);
    }
  }

  int seedCount() {
    return english.size() + korean.size();
  }

  static Instant storyTime(int story) {
    return START.plus(STORY_INTERVAL.multipliedBy(story));
  }

  /** Article {@code variant} of story {@code story}; the same arguments give the same article. */
  StoryInput article(int story, int variant) {
    Random r = new Random(mix(salt * 1_000_003L + story));
    // Half English, half Korean stories, whatever the sizes of the two seed sets.
    List<String[]> seeds = r.nextBoolean() ? english : korean;
    String[] seed = seeds.get(r.nextInt(seeds.size()));
    Map<String, String> names = new HashMap<>();
    String title = substitute(seed[0], r, names);
    String body = substitute(seed[1], r, names);
    Random v = new Random(mix((salt * 1_000_003L + story) * 31 + variant));
    List<String> sentences = new ArrayList<>();
    for (String s : SENTENCE.split(body)) {
      if (!s.isBlank() && v.nextDouble() < 0.85) {
        sentences.add(s.trim());
      }
    }
    for (int i = 0; i + 1 < sentences.size(); i += 2) {
      if (v.nextBoolean()) {
        String t = sentences.get(i);
        sentences.set(i, sentences.get(i + 1));
        sentences.set(i + 1, t);
      }
    }
    if (sentences.size() > 14) {
      sentences = sentences.subList(0, 14);
    }
    Instant published = storyTime(story).plus(Duration.ofMinutes(v.nextInt(48 * 60)));
    return new StoryInput(
        "syn-" + story + "-" + variant,
        title,
        String.join("\n", sentences),
        Optional.of(published),
        Optional.empty(),
        Optional.of("outlet-" + v.nextInt(50)));
  }

  /** SplitMix64's finaliser: java.util.Random's first draws from nearby seeds are alike. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static String substitute(String text, Random r, Map<String, String> names) {
    Matcher m = CAPITALISED.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = names.computeIfAbsent(m.group(), k -> name(r));
      m.appendReplacement(sb, Matcher.quoteReplacement(name));
    }
    m.appendTail(sb);
    Matcher n = NUMBER.matcher(sb.toString());
    StringBuilder out = new StringBuilder();
    while (n.find()) {
      String value =
          names.computeIfAbsent("#" + n.group(), k -> Integer.toString(2 + r.nextInt(9_998)));
      n.appendReplacement(out, value);
    }
    n.appendTail(out);
    // Korean seeds have no capitals to swap: give the story names of its own in the first line.
    if (names.isEmpty()
        || out.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
      String who = names.computeIfAbsent("@ko", k -> hangulName(r) + " " + name(r));
      return who + " " + out;
    }
    return out.toString();
  }

  private static String name(Random r) {
    StringBuilder sb = new StringBuilder();
    int parts = 2 + r.nextInt(2);
    for (int i = 0; i < parts; i++) {
      sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  private static String hangulName(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      sb.append(HANGUL[r.nextInt(HANGUL.length)]);
    }
    return sb.toString();
  }
}
