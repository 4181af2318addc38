package dev.lede.dedup;

import dev.lede.dedup.internal.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Exact-duplicate fingerprint of a text: lowercase hex SHA-256 of its normalised form.
 *
 * <p>Normalisation, in order: Unicode NFKC; case folding; format characters (zero-width space, soft
 * hyphen) removed; punctuation turned into spaces; symbols set apart as words; whitespace collapsed
 * and trimmed. So two copies that differ only in case, quotes, dashes, spacing or full-width forms
 * hash the same. Unicode tables differ slightly between JDK releases; a text using characters
 * assigned in between may hash differently on another JDK.
 */
public final class ContentHash {
  private ContentHash() {}

  /** 64 lowercase hex digits. */
  public static String of(String text) {
    Objects.requireNonNull(text, "text");
    return sha256Hex(TextNormalizer.normalize(text));
  }

  static String sha256Hex(String s) {
    return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}
