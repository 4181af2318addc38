package dev.lede.extract.internal;

import java.util.List;

/**
 * Readability's conditional cleaning, inside the selected article: a box named as unlikely content,
 * or whose text is mostly links and that holds few commas, is a gallery, a link list, a shop or
 * phone box or a teaser, and goes whole, with the unlinked lines it holds (a heading, a price,
 * "Permalink"), which the per-line link filter keeps. The link test needs nothing the page's
 * language or template decides, and the class test is Readability's own, so both carry over to
 * pages no rule was written from.
 *
 * <p>As in Mozilla Readability's {@code _cleanConditionally}: boxes ({@code div}, {@code section},
 * forms, asides, headers and footers) whose class or id weighs against content ({@link
 * ClassHints#NEGATIVE}: media, teaser, contact, meta... and nothing that names content) are dropped
 * whatever they hold, as Readability drops a box of negative class weight; those with fewer than
 * {@link #MIN_COMMAS} commas are dropped when more than {@link #MAX_LINK_DENSITY} of their text is
 * link text, or more than {@link #MAX_LINK_DENSITY_CONTENT} for a box whose class names it content.
 * Lists are left to the line filters (an article's list of sources or steps is link-heavy and
 * wanted), and so are tables and what they hold (data tables are kept by Readability too).
 * Written-out addresses count as text, as in the line filters.
 */
final class LinkHeavyBoxes {
  static final double MAX_LINK_DENSITY = 0.2;
  static final double MAX_LINK_DENSITY_CONTENT = 0.5;
  static final int MIN_COMMAS = 10;

  private LinkHeavyBoxes() {}

  /**
   * Marks in {@code drop} the blocks of the selection that sit in a link-heavy box below a selected
   * box; blocks already {@code excluded} are not counted.
   */
  static void mark(PageModel m, List<Box> selection, boolean[] excluded, boolean[] drop) {
    int n = m.boxes.size();
    int[] text = null;
    int[] links = null;
    int[] commas = null;
    for (Box sel : selection) {
      if (sel.endBlock - sel.firstBlock < 2) continue;
      if (text == null) {
        text = new int[n];
        links = new int[n];
        commas = new int[n];
      }
      for (int i = sel.firstBlock; i < sel.endBlock; i++) {
        if (excluded[i]) continue;
        Block bl = m.blocks.get(i);
        for (Box x = bl.owner(); x != sel && x != null; x = x.parent) {
          text[x.index] += bl.text().length();
          links[x.index] += bl.linkLength() - bl.addressLength();
          commas[x.index] += bl.commas();
        }
      }
      for (int i = sel.firstBlock; i < sel.endBlock; i++) {
        if (excluded[i] || drop[i]) continue;
        boolean heavy = false;
        for (Box x = m.blocks.get(i).owner(); x != sel && x != null; x = x.parent) {
          if (x.tag == Tag.TABLE || x.tag == Tag.ROW || x.tag == Tag.CELL) {
            heavy = false;
            break;
          }
          if (!heavy && isLinkHeavy(x, text[x.index], links[x.index], commas[x.index])) {
            heavy = true;
          }
        }
        drop[i] = heavy;
      }
    }
  }

  private static boolean isLinkHeavy(Box b, int text, int links, int commas) {
    switch (b.tag) {
      case DIV, SECTION, FORM, ASIDE, HEADER, FOOTER -> {}
      default -> {
        return false;
      }
    }
    if (text == 0) return false;
    boolean content = b.has(ClassHints.POSITIVE) || b.has(ClassHints.ARTICLE_BODY);
    // Readability's first test (class weight below zero), whatever the commas: a gallery of another
    // story embedded in the article (`media-prefix`), a teaser or a contact box.
    if (b.has(ClassHints.NEGATIVE) && !content) return true;
    if (commas >= MIN_COMMAS) return false;
    double density = (double) links / text;
    return density > (content ? MAX_LINK_DENSITY_CONTENT : MAX_LINK_DENSITY);
  }
}
