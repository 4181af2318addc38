package dev.lede.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Removes a site name from a page title ({@code "Headline | Site"}, {@code "Site - Headline"}): the
 * part matching the site name or not matching the page's {@code <h1>} is dropped, as long as a
 * meaningful headline remains.
 */
final class Titles {
  private static final String[] SEPARATORS = {
    " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / ", " • ", " ~ "
  };

  private Titles() {}

  static String clean(String title, Optional<String> siteName, List<String> h1, String host) {
    String t = TextUtil.normalizeSpace(title);
    for (String h : h1) {
      if (h.equalsIgnoreCase(t)) return t;
    }
    for (String sep : SEPARATORS) {
      int last = t.lastIndexOf(sep);
      int first = t.indexOf(sep);
      if (last < 0) continue;
      String head = t.substring(0, last).trim();
      String tail = t.substring(last + sep.length()).trim();
      String lead = t.substring(0, first).trim();
      String rest = t.substring(first + sep.length()).trim();
      for (String site : siteHints(siteName, host)) {
        if (matchesSite(tail, site)) return head;
        if (matchesSite(lead, site)) return rest;
      }
      for (String h : h1) {
        // an <h1> can also be the site logo: only a part at least as long as the rest counts
        if (h.equalsIgnoreCase(rest) && rest.length() >= lead.length()) return rest;
        if (h.equalsIgnoreCase(head) && head.length() >= tail.length()) return head;
      }
      // A short trailing part after the last separator is most likely the site name.
      if (words(tail) <= 3 && words(head) >= 3 && tail.length() < head.length()) return head;
      return t;
    }
    return t;
  }

  /** The declared site name and the registrable-looking part of the host name. */
  private static List<String> siteHints(Optional<String> siteName, String host) {
    List<String> hints = new java.util.ArrayList<>(2);
    siteName.map(Titles::norm).filter(s -> !s.isEmpty()).ifPresent(hints::add);
    String[] labels = host.split("\\.");
    if (labels.length >= 2) {
      String label = labels[labels.length - 2];
      if (label.length() <= 3 && labels.length >= 3) label = labels[labels.length - 3];
      if (label.length() >= 3) hints.add(norm(label));
    }
    return hints;
  }

  private static boolean matchesSite(String part, String site) {
    String p = norm(part);
    return !p.isEmpty()
        && (p.equals(site)
            || site.contains(p)
            || p.contains(site) && p.length() <= site.length() + 12);
  }

  private static String norm(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in) n++;
      in = w;
    }
    return n;
  }
}
