package dev.lede.ingest.feed.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Lenient URI resolution: real-world feeds carry spaces and other characters URI rejects. */
public final class Urls {
  private Urls() {}

  public static boolean isAbsoluteHttp(String s) {
    String l = s.strip().toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  /** {@code ref} resolved against {@code base} when possible, otherwise {@code ref} unchanged. */
  public static String resolve(Optional<String> base, String ref) {
    String r = ref.strip();
    if (base.isEmpty() || base.get().isBlank()) {
      return r;
    }
    Optional<URI> b = parse(base.get().strip());
    if (b.isEmpty() || !b.get().isAbsolute()) {
      return r;
    }
    Optional<URI> rel = parse(r);
    if (rel.isEmpty()) {
      return r;
    }
    if (rel.get().isAbsolute()) {
      return r;
    }
    try {
      URI bu = b.get();
      if (bu.isOpaque()) {
        return r;
      }
      if (bu.getRawPath() == null || bu.getRawPath().isEmpty()) {
        bu = new URI(bu.getScheme(), bu.getRawAuthority(), "/", null, null);
      }
      if (r.isEmpty()) {
        return stripFragment(bu.toString());
      }
      URI resolved = bu.resolve(rel.get());
      String out = resolved.toString();
      // java.net.URI keeps "/../" segments that climb above the root; browsers drop them.
      while (out.contains("://") && out.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*/\\.\\./.*")) {
        out = out.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/]*)/\\.\\./", "$1/");
      }
      return out;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return r;
    }
  }

  private static String stripFragment(String s) {
    int i = s.indexOf('#');
    return i < 0 ? s : s.substring(0, i);
  }

  private static Optional<URI> parse(String s) {
    try {
      return Optional.of(new URI(s));
    } catch (URISyntaxException e) {
      try {
        return Optional.of(new URI(escape(s)));
      } catch (URISyntaxException e2) {
        return Optional.empty();
      }
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        sb.append("%20");
      } else if (c == '|' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
          || c == '{' || c == '}') {
        sb.append('%').append(String.format("%02X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
