package dev.lede.ingest.feed.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes feed bytes to text once the charset is known, following feedparser's reading of RFC 3023:
 * the HTTP charset wins for XML media types, {@code text/xml} without a charset means US-ASCII, and
 * otherwise the byte order mark and the XML declaration decide. When the chosen charset cannot
 * decode the bytes, the next candidate is tried (declared, BOM, UTF-8, windows-1252, ISO-8859-2)
 * and a warning records the override instead of garbling text or failing.
 */
public final class CharsetSniffer {
  private CharsetSniffer() {}

  /** Text decoded from bytes, the charset that decoded it, and any override warnings. */
  public record Decoded(String text, String charset, List<String> warnings) {}

  private static final Pattern XML_DECL_ENCODING =
      Pattern.compile("^<\\?[^>]*?encoding\\s*=\\s*['\"]([^'\"]{1,40})['\"][^>]*\\?>");

  /** Result of looking only at the bytes: BOM charset (and its length) and declared encoding. */
  private record Sniff(String bomCharset, int bomLength, String xmlEncoding) {}

  public static Decoded decode(byte[] data, Optional<String> contentType) {
    List<String> warnings = new ArrayList<>();
    Sniff sniff = sniff(data);
    byte[] body = data;
    if (sniff.bomLength > 0) {
      body = java.util.Arrays.copyOfRange(data, sniff.bomLength, data.length);
    }
    String xmlEncoding = sniff.xmlEncoding;
    String mediaType = "";
    String httpCharset = "";
    if (contentType.isPresent()) {
      MediaType mt = MediaType.parse(contentType.get());
      mediaType = mt.type();
      httpCharset = mt.charset();
    }
    String rfc3023;
    boolean acceptable = true;
    if (contentType.isEmpty() || mediaType.isEmpty()) {
      rfc3023 = nonEmpty(xmlEncoding, nonEmpty(sniff.bomCharset, "utf-8"));
    } else if (mediaType.equals("application/xml")
        || mediaType.equals("application/xml-dtd")
        || mediaType.equals("application/xml-external-parsed-entity")
        || (mediaType.startsWith("application/") && mediaType.endsWith("+xml"))) {
      rfc3023 = nonEmpty(httpCharset, nonEmpty(xmlEncoding, nonEmpty(sniff.bomCharset, "utf-8")));
    } else if (mediaType.equals("text/xml")
        || mediaType.equals("text/xml-external-parsed-entity")
        || (mediaType.startsWith("text/") && mediaType.endsWith("+xml"))) {
      rfc3023 = nonEmpty(httpCharset, "us-ascii");
    } else if (mediaType.equals("application/feed+json") || mediaType.equals("application/json")) {
      rfc3023 = nonEmpty(httpCharset, nonEmpty(sniff.bomCharset, "utf-8"));
    } else if (mediaType.startsWith("text/")) {
      acceptable = false;
      rfc3023 = nonEmpty(httpCharset, "us-ascii");
    } else {
      acceptable = false;
      rfc3023 = nonEmpty(xmlEncoding, nonEmpty(sniff.bomCharset, "utf-8"));
    }
    if (!acceptable) {
      warnings.add(contentType.get().strip() + " is not an XML media type");
    }
    rfc3023 = canonical(rfc3023);
    xmlEncoding = canonical(xmlEncoding);

    List<String> tried = new ArrayList<>();
    for (String candidate :
        new String[] {
          rfc3023, xmlEncoding, sniff.bomCharset, "utf-8", "windows-1252", "iso-8859-2"
        }) {
      if (candidate.isEmpty() || tried.contains(candidate)) {
        continue;
      }
      tried.add(candidate);
      Optional<String> text = strictDecode(body, candidate);
      if (text.isEmpty()) {
        continue;
      }
      if (!candidate.equals(rfc3023)) {
        warnings.add("document declared as " + rfc3023 + ", but parsed as " + candidate);
      }
      return new Decoded(text.get(), candidate, List.copyOf(warnings));
    }
    // iso-8859-2 maps every byte, so this is only reached if the JVM lacks it; stay lenient.
    warnings.add("document encoding unknown, tried " + String.join(", ", tried));
    return new Decoded(
        new String(body, StandardCharsets.ISO_8859_1), "iso-8859-1", List.copyOf(warnings));
  }

  private static String nonEmpty(String s, String fallback) {
    return s == null || s.isEmpty() ? fallback : s;
  }

  /** Lower-cased label; gb2312 widened to its superset gb18030 as browsers and feedparser do. */
  private static String canonical(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    return l.equals("gb2312") ? "gb18030" : l;
  }

  private static Optional<String> strictDecode(byte[] body, String label) {
    Charset cs;
    try {
      cs = Charset.forName(javaName(label));
    } catch (IllegalArgumentException e) { // unsupported or illegal name
      return Optional.empty();
    }
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = dec.decode(ByteBuffer.wrap(body));
      String s = out.toString();
      if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
        s = s.substring(1);
      }
      return Optional.of(s);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String javaName(String label) {
    return switch (label) {
      case "u16", "utf16", "utf_16", "iso-10646-ucs-2", "ucs-2", "csunicode" -> "UTF-16";
      case "utf32", "utf_32", "iso-10646-ucs-4", "ucs-4" -> "UTF-32";
      case "utf8", "utf_8" -> "UTF-8";
      case "shift_jis", "sjis", "x-sjis" -> "Shift_JIS";
      case "cp037", "ebcdic-cp-us" -> "IBM037";
      default -> label;
    };
  }

  private static Sniff sniff(byte[] d) {
    String bom = "";
    int bomLen = 0;
    if (startsWith(d, 0x00, 0x00, 0xFE, 0xFF)) {
      bom = "utf-32be";
      bomLen = 4;
    } else if (startsWith(d, 0xFF, 0xFE, 0x00, 0x00)) {
      bom = "utf-32le";
      bomLen = 4;
    } else if (startsWith(d, 0xEF, 0xBB, 0xBF)) {
      bom = "utf-8";
      bomLen = 3;
    } else if (startsWith(d, 0xFE, 0xFF)) {
      bom = "utf-16be";
      bomLen = 2;
    } else if (startsWith(d, 0xFF, 0xFE)) {
      bom = "utf-16le";
      bomLen = 2;
    } else if (startsWith(d, 0x00, 0x00, 0x00, 0x3C)) {
      bom = "utf-32be";
    } else if (startsWith(d, 0x3C, 0x00, 0x00, 0x00)) {
      bom = "utf-32le";
    } else if (startsWith(d, 0x00, 0x3C, 0x00, 0x3F)) {
      bom = "utf-16be";
    } else if (startsWith(d, 0x3C, 0x00, 0x3F, 0x00)) {
      bom = "utf-16le";
    } else if (startsWith(d, 0x4C, 0x6F, 0xA7, 0x94)) {
      bom = "cp037";
    }
    // Read the declaration in the charset the first bytes imply, so UTF-16/32 declarations are
    // seen.
    int headLen = Math.min(d.length - bomLen, 1024);
    String head;
    try {
      Charset cs = bom.isEmpty() ? StandardCharsets.ISO_8859_1 : Charset.forName(javaName(bom));
      head = new String(d, bomLen, Math.max(headLen, 0), cs);
    } catch (IllegalArgumentException e) {
      head = "";
    }
    String xmlEncoding = "";
    Matcher m = XML_DECL_ENCODING.matcher(head);
    if (m.find()) {
      xmlEncoding = m.group(1).strip().toLowerCase(Locale.ROOT);
      // A generic "utf-16" declaration says nothing about byte order; the BOM/pattern does.
      if (!bom.isEmpty()
          && (xmlEncoding.equals("utf-16")
              || xmlEncoding.equals("utf16")
              || xmlEncoding.equals("u16")
              || xmlEncoding.equals("utf_16")
              || xmlEncoding.equals("utf-32")
              || xmlEncoding.equals("utf32")
              || xmlEncoding.equals("utf_32")
              || xmlEncoding.equals("iso-10646-ucs-2")
              || xmlEncoding.equals("ucs-2")
              || xmlEncoding.equals("csunicode")
              || xmlEncoding.equals("iso-10646-ucs-4")
              || xmlEncoding.equals("ucs-4"))) {
        xmlEncoding = bom;
      }
    }
    return new Sniff(bom, bomLen, xmlEncoding);
  }

  private static boolean startsWith(byte[] d, int... prefix) {
    if (d.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((d[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
