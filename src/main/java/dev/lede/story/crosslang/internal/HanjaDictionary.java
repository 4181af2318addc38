package dev.lede.story.crosslang.internal;

import dev.lede.lang.Analyzers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.UnknownDictionary;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.Version;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.IntsRefFSTEnum;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * Nori's system dictionary as text without Hangul meets it: the same words with the same word ids,
 * less every word that holds a Hangul char (none of which can match such text), in an FST whose
 * nodes are binary-searched. Nori's own FST finds a root arc by counting the bits of a table that
 * spans every first char up to the one sought, and its root cache holds Hangul only, so each Han
 * char of a Han run cost a scan of up to 600 longs at each char it was read from (a fifth of the
 * anchors' cost on the demo mix); here the root holds the 5,861 first chars of those words, found
 * in 13 steps. Made at build time ({@link #main}, the process-classes phase) from the dictionary of
 * the Lucene version it names; without it the tokenizer reads with Nori's own dictionary, giving
 * the same tokens.
 */
final class HanjaDictionary {
  /** The FST's resource name, next to this class: made for one Lucene version's dictionary. */
  static final String RESOURCE = "nori-hanja-" + Version.LATEST + ".fst";

  private static final String NORI_FST = "TokenInfoDictionary$fst.dat";

  private HanjaDictionary() {}

  /**
   * A Nori tokenizer (no user dictionary, no unknown unigrams, punctuation dropped, as {@link
   * Analyzers#koreanTokenizer}) reading text that holds no Hangul as that one does.
   */
  static KoreanTokenizer tokenizer(KoreanTokenizer.DecompoundMode mode) {
    TokenInfoDictionary words = Loaded.WORDS;
    return words == null
        ? Analyzers.koreanTokenizer(mode)
        : new KoreanTokenizer(
            TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
            words,
            UnknownDictionary.getInstance(),
            ConnectionCosts.getInstance(),
            null,
            mode,
            false,
            true);
  }

  /** Whether the build's copy was found (else {@link #tokenizer} reads with Nori's own). */
  static boolean loaded() {
    return Loaded.WORDS != null;
  }

  /** Loaded when first asked for: the copy, with Nori's word data beside it. */
  private static final class Loaded {
    static final TokenInfoDictionary WORDS = load();

    private static TokenInfoDictionary load() {
      URL fst = HanjaDictionary.class.getResource(RESOURCE);
      if (fst == null) {
        return null;
      }
      Class<?> nori = TokenInfoDictionary.class;
      try {
        return new TokenInfoDictionary(
            nori.getResource("TokenInfoDictionary$targetMap.dat"),
            nori.getResource("TokenInfoDictionary$posDict.dat"),
            nori.getResource("TokenInfoDictionary$buffer.dat"),
            fst);
      } catch (IOException e) {
        throw new UncheckedIOException("Nori's dictionary or its Hanja copy is unreadable", e);
      }
    }
  }

  /**
   * Writes the copy into directory {@code args[0]} as {@link #RESOURCE}, unless it is there: the
   * build runs this once its classes are compiled.
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]).resolve(RESOURCE);
    if (Files.isRegularFile(out)) {
      return;
    }
    Files.createDirectories(out.getParent());
    Path nori = Files.createTempFile(out.getParent(), "nori", ".fst");
    Path tmp = Files.createTempFile(out.getParent(), "hanja", ".fst");
    try {
      try (InputStream in =
          Objects.requireNonNull(
              TokenInfoDictionary.class.getResourceAsStream(NORI_FST), NORI_FST)) {
        Files.copy(in, nori, StandardCopyOption.REPLACE_EXISTING);
      }
      withoutHangul(FST.read(nori, PositiveIntOutputs.getSingleton())).save(tmp);
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(nori);
      Files.deleteIfExists(tmp);
    }
  }

  /** {@code words} less its words holding a Hangul char, every node binary-searched. */
  static FST<Long> withoutHangul(FST<Long> words) throws IOException {
    FSTCompiler<Long> out =
        new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE2, PositiveIntOutputs.getSingleton())
            // No bit tables: a node's arc is found by binary search, not by counting bits.
            .directAddressingMaxOversizingFactor(-1f)
            .build();
    IntsRefFSTEnum<Long> all = new IntsRefFSTEnum<>(words);
    for (IntsRefFSTEnum.InputOutput<Long> w = all.next(); w != null; w = all.next()) {
      if (!hasHangul(w.input)) {
        out.add(w.input, w.output);
      }
    }
    return FST.fromFSTReader(out.compile(), out.getFSTReader());
  }

  private static boolean hasHangul(IntsRef word) {
    for (int i = 0; i < word.length; i++) {
      if (Scripts.isHangul(word.ints[word.offset + i])) {
        return true;
      }
    }
    return false;
  }
}
