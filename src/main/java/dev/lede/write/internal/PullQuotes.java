package dev.lede.write.internal;

import dev.lede.model.PullQuote;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import dev.lede.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pull quotes: up to three quotations by different speakers, each opening a sentence that names its
 * speaker in full, by the people the story is about.
 */
final class PullQuotes {
  private PullQuotes() {}

  static List<PullQuote> of(List<Doc> docs, List<Candidate> cands, StoryEntities entities) {
    Map<String, Double> sentenceScore = new HashMap<>();
    for (Candidate c : cands) {
      sentenceScore.put(c.doc.id() + "#" + c.sentence, c.score);
    }
    record Scored(Quote q, Doc d, double score) {}
    List<Scored> all = new ArrayList<>();
    for (Doc d : docs) {
      for (Quote q : d.quotes) {
        int words = Words.count(q.text());
        if (q.speaker().isEmpty()
            || words < 6
            || words > 40
            || q.text().contains("\n")
            || namesSpeaker(q)
            || !saidBySomeoneNamedThere(q, d)
            || namesAnotherOfTheSurname(q.speaker().get(), d)
            || docs.size() >= OffEvent.FROM && !namedByOthers(q.speaker().get(), entities)) {
          continue;
        }
        int idx = -1;
        for (int k = 0; k < d.sentences.size(); k++) {
          if (d.sentences.get(k).contains(q.start())) {
            idx = k;
          }
        }
        double base = sentenceScore.getOrDefault(d.id() + "#" + idx, 0.0);
        double sp = entities.weight.getOrDefault(q.speaker().get(), 0.0) / entities.maxWeight();
        all.add(new Scored(q, d, base + 0.2 * sp));
      }
    }
    all.sort((a, b) -> Double.compare(b.score, a.score));
    List<PullQuote> out = new ArrayList<>();
    Set<String> speakers = new HashSet<>();
    List<Set<String>> seen = new ArrayList<>();
    for (Scored s : all) {
      if (out.size() >= 3) {
        break;
      }
      Set<String> words = new HashSet<>(Words.contentWords(s.q.text()));
      boolean dup = seen.stream().anyMatch(w -> Vectors.jaccard(w, words) > 0.5);
      String speaker = s.q.speaker().get();
      if (dup || speakers.contains(speaker.toLowerCase(Locale.ROOT))) {
        continue;
      }
      speakers.add(speaker.toLowerCase(Locale.ROOT));
      seen.add(words);
      out.add(new PullQuote(s.q.text(), speaker, s.d.outlet(), s.d.id()));
    }
    return out;
  }

  /**
   * Whether the speaker is one of the story's people: named (by the last word of the name) in two
   * articles or more. In a story of many outlets, a line only one article's speaker says is mostly
   * about something else (a team doctor on the owner's cancer in a story on a player's injury, a
   * rival club's president on the market in a story on one club's offer).
   */
  static boolean namedByOthers(String speaker, StoryEntities entities) {
    String last = lastWord(speaker);
    for (String name : entities.shared) {
      if (lastWord(name).equals(last)) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String name) {
    String[] parts = name.strip().split("\\s+");
    return parts[parts.length - 1].replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a pull quote can carry its speaker's name: it opens a sentence of its own (a capital
   * letter, not a phrase taken from the middle of one), and its sentence names that speaker, as a
   * person, outside the quotation marks ("..., said Paul Lee, president, ABC Entertainment Group"
   * is Paul Lee's; a line whose speaker was guessed from an earlier sentence is left out), by a
   * full name: a pull quote stands apart from the text that introduces its speaker.
   */
  static boolean saidBySomeoneNamedThere(Quote q, Doc d) {
    if (q.text().isEmpty() || !Character.isUpperCase(q.text().codePointAt(0))) {
      return false;
    }
    String[] parts = q.speaker().get().split("\\s+");
    if (parts.length < 2) {
      return false; // a surname alone, a title ("Lt") or a place taken for a name
    }
    String last = parts[parts.length - 1];
    Sentence s = q.sentence();
    String text = d.text();
    for (Mention m : d.mentions) {
      boolean inSentence = m.start() >= s.start() && m.end() <= s.end();
      if (!inSentence || m.type() != EntityType.PERSON || !m.text().endsWith(last)) {
        continue;
      }
      if (m.start() >= q.end()
          && SAID_THEN_NAME.matcher(text.substring(q.end(), m.start())).matches()
          && NAME_ENDS_ATTRIBUTION.matcher(text.substring(m.end(), s.end())).lookingAt()) {
        return true; // "…," said Paul Lee, president ... / "…," Lee said.
      }
      if (m.end() <= q.start()
          && NAME_THEN_SAID.matcher(text.substring(m.end(), q.start())).matches()) {
        return true; // Nichols said: "…"
      }
    }
    return false;
  }

  /**
   * Whether the article names someone else of the speaker's surname ("Tony DiLeo" and his son "T.J.
   * DiLeo"): its "DiLeo said" may be either, and a pull quote would name one for sure.
   */
  static boolean namesAnotherOfTheSurname(String speaker, Doc d) {
    String[] own = speaker.strip().split("\\s+");
    for (dev.lede.nlp.Entity e : d.entities) {
      String[] parts = e.canonical().strip().split("\\s+");
      if (parts.length >= 2
          && Introductions.fullNameShaped(parts)
          && parts[parts.length - 1].equals(own[own.length - 1])
          && !parts[0].equals(own[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Between a quotation's end and its speaker's name: closing marks and a few words, no other
   * quotation ("…," said Oregon State Police Lt. Gregg Hastings; "…," her agent Mark Roesler said).
   */
  private static final Pattern SAID_THEN_NAME = Pattern.compile("[\\s,.!?\"”’']*[^\"“”]{0,60}");

  /** The speech verbs of an attribution, on either side of the speaker's name. */
  private static final String SPEECH_VERB =
      "(?:said|says|added|adds|told|tells|asked"
          + "|explained|recalled|continued|insisted|wrote|declared|noted|argued)";

  /** After the speaker's name: the end of the attribution, not more of a longer name. */
  private static final Pattern NAME_ENDS_ATTRIBUTION =
      Pattern.compile("(?:['’]s\\b)?(?:\\s*[,.;:!?]|\\s*$|\\s+" + SPEECH_VERB + "\\b)");

  /**
   * Between a speaker's name and the quotation: an aside between commas at most, then a speech verb
   * ("Nichols said: ", "Howard, the district attorney, told reporters: ").
   */
  private static final Pattern NAME_THEN_SAID =
      Pattern.compile(
          "(?:,[^,\"“”]{1,80},)?\\s+(?:\\w+ly\\s+)?"
              + SPEECH_VERB
              + "\\b"
              + "[^\"“”.]{0,40}?[:,]?\\s*[\"“‘']?\\s*");

  /** A quote that names its own speaker was most likely said about them, by someone else. */
  static boolean namesSpeaker(Quote q) {
    for (String part : q.speaker().get().split("\\s+")) {
      if (part.length() > 2 && q.text().contains(part)) {
        return true;
      }
    }
    return false;
  }
}
