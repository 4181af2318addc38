package dev.lede.nlp;

import dev.lede.lang.EnglishWords;
import dev.lede.lang.WordLists;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a sentence looks cut at an abbreviation: it ends in a title ("... police Const."),
 * an initial ("... murdering L."), another abbreviation ("... at 9 a.m."), or it starts with a lone
 * initial ("A. Superior Court Judge ..."). Read by the splitter's tests and {@code
 * bench/sentences}.
 */
public final class CutSentences {
  /** What a sentence's ending or opening shows. */
  public enum Kind {
    WHOLE,
    ENDS_IN_TITLE,
    ENDS_IN_INITIAL,
    ENDS_IN_ABBREVIATION,
    STARTS_WITH_INITIAL
  }

  private static final Map<String, Set<String>> LISTS =
      WordLists.sections(SentenceSplitter.class, "abbreviations.txt");
  private static final Set<String> MONTHS = EnglishWords.monthAbbreviations();
  private static final Pattern LAST_WORD =
      Pattern.compile("(?:^|[^\\p{L}.])(\\p{L}[\\p{L}.]*)\\.[\"'\u201D\u2019)\\]]*$");
  private static final Pattern LONE_INITIAL = Pattern.compile("^[\"\u201C(]?\\p{Lu}\\.\\s+\\D");
  private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}{1,2}\\.)+\\p{L}{1,2}");

  private CutSentences() {}

  public static Kind of(String sentence) {
    String s = sentence.strip();
    if (LONE_INITIAL.matcher(s).find()) {
      return Kind.STARTS_WITH_INITIAL;
    }
    Matcher m = LAST_WORD.matcher(s);
    if (!m.find()) {
      return Kind.WHOLE;
    }
    String word = m.group(1);
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    boolean capitalised = Character.isUpperCase(word.charAt(0));
    if (word.length() == 1 && capitalised) {
      return Kind.ENDS_IN_INITIAL;
    }
    boolean allCaps = word.chars().allMatch(c -> !Character.isLowerCase(c));
    if (capitalised && !allCaps && LISTS.get("titles").contains(lower)) {
      return Kind.ENDS_IN_TITLE;
    }
    if (LISTS.get("ambiguous").contains(lower)
        || (capitalised && LISTS.get("numbers").contains(lower))
        || (capitalised && LISTS.get("states").contains(lower))
        || (capitalised && MONTHS.contains(lower))
        || DOTTED.matcher(lower).matches()) {
      return Kind.ENDS_IN_ABBREVIATION;
    }
    return Kind.WHOLE;
  }
}
