package dev.lede.ingest.feed.internal;

import java.util.Locale;

/** The parts of a Content-Type header that charset detection needs, parsed leniently. */
record MediaType(String type, String charset) {

  static MediaType parse(String header) {
    String[] parts = header.split(";");
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    String charset = "";
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      int eq = p.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      if (!name.equals("charset")) {
        continue;
      }
      String value = p.substring(eq + 1).strip().replace("\"", "").replace("'", "").strip();
      charset = value.toLowerCase(Locale.ROOT);
    }
    return new MediaType(type, charset);
  }
}
