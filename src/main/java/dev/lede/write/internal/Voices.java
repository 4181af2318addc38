package dev.lede.write.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks in a sentence, as a reader of the story (not of the article it came from) sees it. A
 * story tells every line in its own voice or in a named speaker's: a first-person line outside
 * quotation marks ("I wrote a cover story for the L.A. Weekly") is the article author's voice, and
 * a quotation nobody is said to have said ({@code "We will rebuild."}) leaves the reader guessing;
 * neither may be published. A quotation attributed to "he" or "she" needs the sentence naming that
 * person right before it.
 */
final class Voices {
  private Voices() {}

  /**
   * First- and second-person words: the author's "I" and "we", the reader's "you" ("there are laws
   * about what to do if you have been involved in an accident"). "US" (the country) and "Us Weekly"
   * are not among them.
   */
  private static final Pattern FIRST_PERSON =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself"
              + "|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e've|[Ww]e’ve|[Ww]e'll|[Ww]e’ll|us|[Oo]ur|[Oo]urs"
              + "|[Oo]urselves|[Yy]ou|[Yy]ou're|[Yy]ou’re|[Yy]ou've|[Yy]ou’ve|[Yy]our|[Yy]ours)"
              + "(?![\\p{L}\\p{N}'’])");

  /**
   * Text between quotation marks (paired, or opened and running to the end). A straight apostrophe
   * opens a quotation only when a word follows it at once: in text tokenised with spaces ("The
   * Beatles ' Apple Corps", "Microsoft ' s Longhorn") a spaced apostrophe is a possessive or a
   * contraction, and read as an opening it made the rest of the sentence an anonymous quotation
   * (Wikinews #20's lead was never published nor made the headline); nor does one after a full stop
   * or before "s" ("Harry Winston Diamond Corp.'s prestigious Paris store"), a possessive.
   */
  private static final Pattern QUOTED =
      Pattern.compile(
          "\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)|‘[^’]*(?:’(?![\\p{L}])|$)"
              + "|(?<![\\p{L}\\p{N}.])'(?!s\\b)(?=[\\p{L}\\p{N}])(?:[^']|'(?=\\p{L}))*"
              + "(?:'(?![\\p{L}\\p{N}])|$)");

  /** A speech verb, as it stands outside a quotation. */
  private static final Pattern SPEECH =
      Pattern.compile(
          "\\b(?:said|says|say|told|tells|tell|added|adds|asked|asks|wrote|writes|explained"
              + "|explains|recalled|recalls|continued|insisted|insists|argued|argues|stated|noted"
              + "|declared|announced|tweeted|posted|warned|according to|quoted|saying|adding"
              + "|telling|in a statement|in an interview|called it|called them|described)\\b");

  /** A speech verb whose speaker is a pronoun: "…," he said / said she / She added: "…". */
  private static final Pattern PRONOUN_SPEAKER =
      Pattern.compile(
          "\\b(?:[Hh]e|[Ss]he|[Tt]hey)\\s+(?:\\w+ly\\s+)?(?:said|says|told|tells|added|adds"
              + "|asked|asks|wrote|writes|explained|recalled|continued|insisted|argued|noted"
              + "|declared|warned)\\b"
              + "|\\b(?:said|says|added|adds|asked|continued|explained|recalled)\\s+(?:he|she)\\b");

  /** The sentence with every quotation replaced by spaces (offsets kept). */
  static String outsideQuotes(String text) {
    Matcher m = QUOTED.matcher(text);
    StringBuilder b = new StringBuilder(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        b.setCharAt(i, ' ');
      }
    }
    return b.toString();
  }

  /** Whether the sentence speaks in the first person outside quotation marks. */
  static boolean firstPersonOutsideQuotes(String text) {
    return FIRST_PERSON.matcher(outsideQuotes(text)).find();
  }

  /**
   * Whether the sentence quotes someone (four words or more inside quotation marks) without saying
   * who: no speech verb and no name outside the quotation.
   */
  static boolean unattributedQuote(String text) {
    Matcher m = QUOTED.matcher(text);
    boolean speech = false;
    while (m.find()) {
      speech |= Words.count(m.group()) >= 4;
    }
    if (!speech) {
      return false;
    }
    String outside = outsideQuotes(text);
    return !SPEECH.matcher(outside).find() && Words.count(outside) < 3;
  }

  /** Whether a speech verb stands outside the sentence's quotations: someone says it. */
  static boolean spoken(String text) {
    return SPEECH.matcher(outsideQuotes(text)).find();
  }

  /** Whether the sentence's speaker is "he", "she" or "they": it needs its antecedent before it. */
  static boolean pronounSpeaker(String text) {
    return QUOTED.matcher(text).find() && PRONOUN_SPEAKER.matcher(outsideQuotes(text)).find();
  }

  /** Whether the sentence may be told in a story: no author's first person, no anonymous quote. */
  static boolean speaksForItself(String text) {
    return !firstPersonOutsideQuotes(text) && !unattributedQuote(text);
  }
}
