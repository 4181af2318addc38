package dev.lede.extract.internal;

import org.jsoup.nodes.Element;

/**
 * A block-level element of the page, with text statistics aggregated over its subtree. Boxes mirror
 * the block structure of the DOM; the blocks of a box's subtree form the contiguous range {@code
 * [firstBlock, endBlock)} of the page's block list, because blocks are in document order.
 */
public final class Box {
  final Element element;
  final Box parent;
  final Tag tag;
  final int depth;
  final int hints;
  int index;
  int firstBlock;
  int endBlock;
  int textLength;
  int linkLength;

  /** Characters in long, link-poor blocks: prose rather than navigation. */
  int prose;

  boolean boilerplate;

  Box(Element element, Box parent, Tag tag, int hints) {
    this.element = element;
    this.parent = parent;
    this.tag = tag;
    this.hints = hints;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  boolean has(int flag) {
    return (hints & flag) != 0;
  }

  double linkDensity() {
    return textLength == 0 ? 0 : (double) linkLength / textLength;
  }

  boolean isAncestorOf(Box other) {
    for (Box b = other; b != null; b = b.parent) if (b == this) return true;
    return false;
  }

  @Override
  public String toString() {
    return element.tagName()
        + (element.id().isEmpty() ? "" : "#" + element.id())
        + (element.className().isEmpty() ? "" : "." + element.className().replace(' ', '.'))
        + "["
        + textLength
        + "]";
  }
}
