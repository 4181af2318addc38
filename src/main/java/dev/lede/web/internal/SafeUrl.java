package dev.lede.web.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Only absolute http(s) URLs become links; anything else ({@code javascript:}, {@code data:}...) is
 * shown as text or dropped.
 */
public final class SafeUrl {

  private SafeUrl() {}

  /** The URL in ASCII form when it is an absolute http or https URL with a host, else empty. */
  public static Optional<String> http(String url) {
    String s = url.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') {
        return Optional.empty();
      }
    }
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return Optional.empty();
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      return Optional.empty();
    }
    return Optional.of(uri.toASCIIString());
  }
}
