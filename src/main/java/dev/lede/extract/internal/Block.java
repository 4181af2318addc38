package dev.lede.extract.internal;

/**
 * One run of inline text between block boundaries: a paragraph, heading, list item or table cell.
 *
 * @param owner the innermost block-level element holding the text
 * @param text whitespace-normalised text, {@code \n} for line breaks
 * @param linkLength characters of the text inside links
 * @param addressLength characters of {@code linkLength} in links that spell their own address (a
 *     URL or e-mail address written out in the text)
 * @param commas comma count (latin, CJK and arabic commas), a readability signal
 */
public record Block(Box owner, String text, int linkLength, int addressLength, int commas) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkLength / text.length();
  }

  /**
   * Link density not counting written-out addresses: an author's "see http://..." is text of the
   * paragraph. Only the per-line filters read it; scoring, prose and template shares count such
   * links as links, since a site's own trailers and footers spell addresses too.
   */
  double navigationDensity() {
    return text.isEmpty() ? 0 : (double) (linkLength - addressLength) / text.length();
  }

  Tag tag() {
    return owner.tag;
  }
}
