package dev.lede.extract.internal;

/**
 * One run of inline text between block boundaries: a paragraph, heading, list item or table cell.
 *
 * @param owner the innermost block-level element holding the text
 * @param text whitespace-normalised text, {@code \n} for line breaks
 * @param linkLength characters of the text inside links
 * @param commas comma count (latin, CJK and arabic commas), a readability signal
 */
public record Block(Box owner, String text, int linkLength, int commas) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkLength / text.length();
  }

  Tag tag() {
    return owner.tag;
  }
}
