package dev.lede.extract.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns raw HTML bytes into text. The order follows the WHATWG encoding sniffing algorithm: a byte
 * order mark wins (it describes the bytes actually present), then the HTTP {@code Content-Type}
 * charset, then a {@code <meta charset>} / {@code http-equiv} declaration found by a byte-level
 * prescan, and finally UTF-8 when the bytes are valid UTF-8, else windows-1252.
 *
 * <p>A declared legacy charset is overridden when the bytes are valid, non-ASCII UTF-8: mislabelled
 * UTF-8 is common on the web, while legacy-encoded text is practically never valid UTF-8.
 */
public final class HtmlDecoder {
  private static final int PRESCAN_LIMIT = 16 * 1024;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlDecoder() {}

  /** A decoded page and the charset used, with where that charset came from. */
  public record Decoded(String text, Charset charset, String source) {}

  public static Decoded decode(byte[] body, Optional<String> contentType) {
    if (body.length >= 3
        && (body[0] & 0xFF) == 0xEF
        && (body[1] & 0xFF) == 0xBB
        && (body[2] & 0xFF) == 0xBF) {
      return new Decoded(decode(body, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
      return new Decoded(
          decode(body, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
      return new Decoded(
          decode(body, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
    }
    Optional<Charset> declared = contentType.flatMap(HtmlDecoder::charsetParameter);
    String source = "header";
    if (declared.isEmpty()) {
      declared = prescanMeta(body);
      source = "meta";
    }
    if (declared.isPresent()) {
      Charset cs = declared.get();
      // A page served over HTTP is ASCII-compatible even if it claims UTF-16 (WHATWG).
      if (cs.name().startsWith("UTF-16")) {
        cs = StandardCharsets.UTF_8;
      }
      if (!cs.equals(StandardCharsets.UTF_8) && Utf8.isValidNonAscii(body)) {
        return new Decoded(decode(body, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf8");
      }
      return new Decoded(decode(body, 0, cs), cs, source);
    }
    if (Utf8.isValid(body)) {
      return new Decoded(
          decode(body, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "default");
    }
    return new Decoded(decode(body, 0, WINDOWS_1252), WINDOWS_1252, "fallback");
  }

  private static String decode(byte[] body, int offset, Charset cs) {
    // The String constructor replaces malformed and unmappable input as a REPLACE decoder does,
    // and decodes UTF-8 and single-byte charsets straight into a compact string: a tenth of a
    // page's extraction went to the decoder's char buffer and its copies.
    return new String(body, offset, body.length - offset, cs);
  }

  /** The {@code charset} parameter of a Content-Type value, when it names a supported charset. */
  public static Optional<Charset> charsetParameter(String contentType) {
    String lower = contentType.toLowerCase(Locale.ROOT);
    int i = lower.indexOf("charset");
    while (i >= 0) {
      int j = i + 7;
      while (j < lower.length() && lower.charAt(j) == ' ') j++;
      if (j < lower.length() && lower.charAt(j) == '=') {
        j++;
        while (j < lower.length() && lower.charAt(j) == ' ') j++;
        int start = j;
        char quote = 0;
        if (j < lower.length() && (lower.charAt(j) == '"' || lower.charAt(j) == '\'')) {
          quote = lower.charAt(j);
          start = ++j;
        }
        while (j < lower.length()) {
          char c = lower.charAt(j);
          if (quote != 0 ? c == quote : (c == ';' || c == ' ' || c == ',' || c == '"')) break;
          j++;
        }
        return forLabel(lower.substring(start, j));
      }
      i = lower.indexOf("charset", i + 7);
    }
    return Optional.empty();
  }

  /** Resolves an encoding label the way browsers do (e.g. latin1 means windows-1252). */
  public static Optional<Charset> forLabel(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT);
    if (l.isEmpty()) return Optional.empty();
    String name =
        switch (l) {
          case "latin1",
              "iso-8859-1",
              "iso8859-1",
              "iso_8859-1",
              "us-ascii",
              "ascii",
              "cp1252",
              "l1",
              "iso-ir-100" ->
              "windows-1252";
          case "utf8", "unicode-1-1-utf-8" -> "UTF-8";
          case "gb2312", "gbk", "x-gbk", "chinese", "csgb2312" -> "GB18030";
          case "euc-kr", "ks_c_5601-1987", "korean", "cseuckr", "windows-949" -> "x-windows-949";
          case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j" ->
              "windows-31j";
          case "iso-8859-9", "latin5" -> "windows-1254";
          case "tis-620", "iso-8859-11" -> "x-windows-874";
          case "big5", "big5-hkscs", "x-x-big5" -> "Big5-HKSCS";
          default -> l;
        };
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Finds a meta charset declaration in the first bytes, skipping comments (WHATWG prescan). */
  static Optional<Charset> prescanMeta(byte[] b) {
    int end = Math.min(b.length, PRESCAN_LIMIT);
    int i = 0;
    while (i < end) {
      if (b[i] != '<') {
        i++;
        continue;
      }
      if (startsWith(b, i, end, "<!--")) {
        int close = indexOf(b, i + 4, end, "-->");
        if (close < 0) return Optional.empty();
        i = close + 3;
        continue;
      }
      if (startsWithIgnoreCase(b, i + 1, end, "meta")
          && i + 5 < end
          && (isSpace(b[i + 5]) || b[i + 5] == '/')) {
        int tagEnd = indexOf(b, i + 5, end, ">");
        if (tagEnd < 0) tagEnd = end;
        Optional<Charset> cs = metaCharset(asciiLower(b, i + 5, tagEnd));
        if (cs.isPresent()) return cs;
        i = tagEnd;
        continue;
      }
      i++;
    }
    return Optional.empty();
  }

  private static Optional<Charset> metaCharset(String attrs) {
    String charsetAttr = MetaAttrs.value(attrs, "charset");
    if (charsetAttr != null) return forLabel(charsetAttr);
    String httpEquiv = MetaAttrs.value(attrs, "http-equiv");
    String content = MetaAttrs.value(attrs, "content");
    if (httpEquiv != null && httpEquiv.trim().equals("content-type") && content != null) {
      return charsetParameter(content);
    }
    return Optional.empty();
  }

  /** Minimal attribute reader for the prescan; input is already lower-cased. */
  private static final class MetaAttrs {
    static String value(String attrs, String name) {
      int i = 0;
      int n = attrs.length();
      while (i < n) {
        while (i < n && (isSpace((byte) attrs.charAt(i)) || attrs.charAt(i) == '/')) i++;
        int nameStart = i;
        while (i < n && attrs.charAt(i) != '=' && !isSpace((byte) attrs.charAt(i))) i++;
        String attrName = attrs.substring(nameStart, i);
        while (i < n && isSpace((byte) attrs.charAt(i))) i++;
        String val = "";
        if (i < n && attrs.charAt(i) == '=') {
          i++;
          while (i < n && isSpace((byte) attrs.charAt(i))) i++;
          if (i < n && (attrs.charAt(i) == '"' || attrs.charAt(i) == '\'')) {
            char q = attrs.charAt(i++);
            int s = i;
            while (i < n && attrs.charAt(i) != q) i++;
            val = attrs.substring(s, i);
            i++;
          } else {
            int s = i;
            while (i < n && !isSpace((byte) attrs.charAt(i))) i++;
            val = attrs.substring(s, i);
          }
        }
        if (attrName.equals(name)) return val;
        if (nameStart == i) i++;
      }
      return null;
    }
  }

  private static String asciiLower(byte[] b, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      out[i - from] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return new String(out);
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean startsWith(byte[] b, int at, int end, String s) {
    if (at + s.length() > end) return false;
    for (int k = 0; k < s.length(); k++) if (b[at + k] != s.charAt(k)) return false;
    return true;
  }

  private static boolean startsWithIgnoreCase(byte[] b, int at, int end, String s) {
    if (at + s.length() > end) return false;
    for (int k = 0; k < s.length(); k++) {
      int c = b[at + k] & 0xFF;
      if (c >= 'A' && c <= 'Z') c += 32;
      if (c != s.charAt(k)) return false;
    }
    return true;
  }

  private static int indexOf(byte[] b, int from, int end, String s) {
    for (int i = from; i + s.length() <= end; i++) if (startsWith(b, i, end, s)) return i;
    return -1;
  }

  /** UTF-8 validity checks without decoding. */
  static final class Utf8 {
    private Utf8() {}

    static boolean isValid(byte[] b) {
      return scan(b) >= 0;
    }

    static boolean isValidNonAscii(byte[] b) {
      return scan(b) > 0;
    }

    /** -1 when invalid, else the number of multi-byte sequences. */
    private static int scan(byte[] b) {
      int multi = 0;
      int i = 0;
      int n = b.length;
      while (i < n) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
          i++;
          continue;
        }
        int len;
        int min;
        if (c >= 0xC2 && c <= 0xDF) {
          len = 2;
          min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
          len = 3;
          min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
          len = 4;
          min = 0x10000;
        } else {
          return -1;
        }
        if (i + len > n) {
          // A sequence cut by truncation at the very end is tolerated.
          return multi;
        }
        int cp = c & (0xFF >> (len + 1));
        for (int k = 1; k < len; k++) {
          int cc = b[i + k] & 0xFF;
          if ((cc & 0xC0) != 0x80) return -1;
          cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
        multi++;
        i += len;
      }
      return multi;
    }
  }
}
