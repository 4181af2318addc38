package dev.lede.extract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the extractor found in one HTML page.
 *
 * @param title headline
 * @param byline author(s)
 * @param published publication time
 * @param modified modification time
 * @param language BCP 47 tag from {@code <html lang>}, meta or detection
 * @param canonicalUrl {@code <link rel=canonical>} / og:url, absolute http(s) only (a {@code
 *     <base>} on another site than the page is ignored)
 * @param leadImage og:image or first content image, absolute
 * @param description meta description
 * @param siteName og:site_name or publisher name
 * @param paragraphs main text as paragraphs, boilerplate removed
 * @param blockPrints prints of the page's text blocks, what a {@link HostTemplate} learns from;
 *     empty unless the page was extracted with a template ({@link Extractor#extract(byte[],
 *     Optional, String, HostTemplate)})
 */
public record ExtractedPage(
    Optional<String> title,
    Optional<String> byline,
    Optional<Instant> published,
    Optional<Instant> modified,
    Optional<String> language,
    Optional<String> canonicalUrl,
    Optional<String> leadImage,
    Optional<String> description,
    Optional<String> siteName,
    List<String> paragraphs,
    List<Long> blockPrints) {

  public ExtractedPage {
    paragraphs = List.copyOf(paragraphs);
    blockPrints = List.copyOf(blockPrints);
  }

  /** The main text: paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
