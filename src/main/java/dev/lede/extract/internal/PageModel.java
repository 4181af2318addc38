package dev.lede.extract.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The page flattened in one DOM pass into block-level {@link Box}es and text {@link Block}s.
 * Scripts, styles, form controls, embedded media, navigation and hidden elements are skipped during
 * the pass; nothing in the DOM is modified.
 */
public final class PageModel {
  static final int PROSE_MIN = 150;
  final Box root;
  final List<Box> boxes = new ArrayList<>();
  final List<Block> blocks = new ArrayList<>();
  final List<List<Box>> children = new ArrayList<>();
  final List<Box> markers = new ArrayList<>();
  private final ClassHints hints;

  private PageModel(Element rootElement, ClassHints hints) {
    this.hints = hints;
    Builder b = new Builder();
    this.root = b.open(rootElement, Tag.BODY, 0);
    NodeTraversor.filter(b, rootElement);
  }

  /** Builds the model of {@code root} (usually {@code <body>}). */
  public static PageModel of(Element root, ClassHints hints) {
    return new PageModel(root, hints);
  }

  List<Box> childrenOf(Box box) {
    return children.get(indexOf(box));
  }

  private int indexOf(Box box) {
    return box.index;
  }

  private final class Builder implements NodeFilter {
    private final StringBuilder text = new StringBuilder(256);
    private Box current;
    private int inLink;
    private int inAddress;
    private int linkChars;
    private int addressChars;
    private int commas;
    private boolean pendingSpace;
    private Element rootElement;

    Box open(Element el, Tag tag, int flags) {
      Box box = new Box(el, current, tag, flags);
      box.index = boxes.size();
      box.firstBlock = blocks.size();
      boxes.add(box);
      children.add(new ArrayList<>(0));
      if (current != null) children.get(current.index).add(box);
      current = box;
      if (rootElement == null) rootElement = el;
      return box;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element el)) return FilterResult.CONTINUE;
      if (el == rootElement) return FilterResult.CONTINUE;
      Tag tag = Tag.of(el.normalName());
      if (tag == Tag.SKIP) {
        if (!isUnclosedNoscript(el)) return FilterResult.SKIP_ENTIRELY;
        tag = Tag.DIV;
      }
      int flags = 0;
      if (el.attributesSize() > 0) {
        if (isHidden(el)) return FilterResult.SKIP_ENTIRELY;
        String cls = el.attr("class");
        String id = el.attr("id");
        flags = hints.flags(cls, id);
        // A section's id made from its heading ("sharing-with-a-single-developer") names the
        // text, not the page furniture: only its classes count.
        if ((flags & (ClassHints.BOILERPLATE | ClassHints.HIDDEN)) != 0
            && id.length() >= 8
            && isHeadingAnchor(el, id)) {
          flags = hints.flags(cls, "");
        }
        if ((flags & ClassHints.HIDDEN) != 0) return FilterResult.SKIP_ENTIRELY;
        // A caption or credit marked on inline markup (<span class="credit">) has no box of its
        // own for the boilerplate stage to drop, so it is left out here.
        if ((tag == Tag.INLINE || tag == Tag.LINK)
            && (flags & ClassHints.CAPTION) != 0
            && (flags & (ClassHints.ARTICLE_BODY | ClassHints.POST)) == 0) {
          return FilterResult.SKIP_ENTIRELY;
        }
        // Tag links, share buttons and the like on inline markup (<span class="tag-links">): no
        // box of their own either, so a run of links marked as boilerplate is left out here.
        if (tag == Tag.INLINE
            && (flags & ClassHints.BOILERPLATE) != 0
            && (flags & (ClassHints.ARTICLE_BODY | ClassHints.POST | ClassHints.COMMENTS)) == 0
            && onlyLinks(el)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String itemprop = el.attr("itemprop");
        if (!itemprop.isEmpty() && itemprop.equalsIgnoreCase("articleBody")) {
          flags |= ClassHints.ARTICLE_BODY;
        }
      }
      switch (tag) {
        case LINE_BREAK -> {
          if (text.length() > 0 && text.charAt(text.length() - 1) == '\n') {
            flush();
          } else if (text.length() > 0) {
            text.append('\n');
            pendingSpace = false;
          }
        }
        case LINK -> {
          if (!isScriptLink(el)) {
            inLink++;
            if (spellsItsAddress(el)) inAddress++;
          }
        }
        case IMAGE -> {}
        case INLINE -> {}
        default -> {
          flush();
          Box box = open(el, tag, flags);
          if ((flags & ClassHints.ARTICLE_BODY) != 0) markers.add(box);
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element el)) return FilterResult.CONTINUE;
      if (el == rootElement) {
        flush();
        current.endBlock = blocks.size();
        return FilterResult.CONTINUE;
      }
      if (current.element == el) {
        flush();
        Box done = current;
        done.endBlock = blocks.size();
        current = done.parent;
        current.textLength += done.textLength;
        current.linkLength += done.linkLength;
        current.prose += done.prose;
      } else if (el.normalName().equals("a") && !isScriptLink(el)) {
        inLink = Math.max(0, inLink - 1);
        if (inAddress > 0 && spellsItsAddress(el)) inAddress--;
      }
      return FilterResult.CONTINUE;
    }

    private int rootTextLength = -1;

    /**
     * A {@code <noscript>} left open swallows the rest of the page (the parser nests everything
     * after it inside): one holding most of the page's text is read as a plain box.
     */
    private boolean isUnclosedNoscript(Element el) {
      if (!el.normalName().equals("noscript")) return false;
      int own = el.text().length();
      if (own == 0) return false; // a tracking pixel: the whole page's text is not needed
      if (rootTextLength < 0) rootTextLength = rootElement.text().length();
      return own * 2 > rootTextLength;
    }

    private void appendText(String s) {
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (TextUtil.isSpace(c)) {
          pendingSpace = true;
          continue;
        }
        if (TextUtil.isInvisible(c)) continue;
        if (pendingSpace) {
          pendingSpace = false;
          int len = text.length();
          if (len > 0 && text.charAt(len - 1) != '\n') {
            text.append(' ');
            if (inLink > 0) linkChars++;
            if (inAddress > 0) addressChars++;
          }
        }
        text.append(c);
        if (inLink > 0) linkChars++;
        if (inAddress > 0) addressChars++;
        if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') commas++;
      }
    }

    private void flush() {
      int end = text.length();
      while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == ' ')) end--;
      if (end > 0) {
        String s = text.substring(0, end);
        int links = Math.min(linkChars, s.length());
        blocks.add(new Block(current, s, links, Math.min(addressChars, links), commas));
        current.textLength += s.length();
        current.linkLength += links;
        if (s.length() >= PROSE_MIN && links * 4 < s.length()) current.prose += s.length();
      }
      text.setLength(0);
      linkChars = 0;
      addressChars = 0;
      commas = 0;
      pendingSpace = false;
    }
  }

  /**
   * A link whose text is its own address ("http://www.openpetition.de/petition/...",
   * "name@example.org") is an address the author wrote out in the text, not a way to another page
   * of the site: menus and related lists name their targets in words.
   */
  static boolean spellsItsAddress(Element a) {
    // Written out, an address is the link's only text node: no need to gather a link's text.
    if (a.childNodeSize() != 1 || !(a.childNode(0) instanceof TextNode node)) return false;
    String href = a.attr("href");
    if (href.length() < 8) return false;
    String t = node.getWholeText().strip();
    if (t.length() < 6 || t.indexOf(' ') >= 0 || t.indexOf('.') < 0) return false;
    String text = bareAddress(t);
    if (text.endsWith("...")) text = text.substring(0, text.length() - 3);
    else if (text.endsWith("\u2026")) text = text.substring(0, text.length() - 1);
    return text.length() >= 4 && bareAddress(href).startsWith(text);
  }

  /** An address lower-cased, without its scheme ({@code mailto:}, {@code http://}) and "www.". */
  private static String bareAddress(String s) {
    String x = s.strip().toLowerCase(java.util.Locale.ROOT);
    for (String prefix : new String[] {"mailto:", "https://", "http://", "//", "www."}) {
      if (x.startsWith(prefix)) x = x.substring(prefix.length());
    }
    return x;
  }

  /**
   * A link to nowhere ({@code javascript:}, {@code javascript:void(0)}) is a button wrapped around
   * the page's own text, not a link to another page (readability replaces it by its text). A script
   * call ({@code javascript:linkTo_UnCryptMailto(...)}) still links somewhere.
   */
  private static boolean isScriptLink(Element a) {
    String href = a.attr("href");
    if (!href.regionMatches(true, 0, "javascript:", 0, 11)) return false;
    String rest = href.substring(11).strip();
    return rest.isEmpty() || rest.equals(";") || rest.startsWith("void(0)");
  }

  /**
   * Whether {@code id} is the slug of the heading that opens the element (documentation generators
   * and many CMSs name a section after its heading: "Sharing with a single developer¶" gives {@code
   * sharing-with-a-single-developer}).
   */
  static boolean isHeadingAnchor(Element el, String id) {
    int seen = 0;
    for (Element c = el.firstElementChild(); c != null && seen < 3; c = c.nextElementSibling()) {
      seen++;
      if (Tag.of(c.normalName()) != Tag.HEADING) continue;
      String slug = slug(c.text());
      String want = slug(id);
      // Four words at least: "related-posts" under "Related Posts" names furniture.
      return words(want) >= 4 && slug.startsWith(want);
    }
    return false;
  }

  private static int words(String slug) {
    if (slug.isEmpty()) return 0;
    int n = 1;
    for (int i = 0; i < slug.length(); i++) if (slug.charAt(i) == '-') n++;
    return n;
  }

  /** Lower-case letter and digit runs joined by hyphens. */
  private static String slug(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && b.length() > 0) b.append('-');
        gap = false;
        b.append(Character.toLowerCase(c));
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  /** Whether all of an element's text sits in links (and it has some). */
  private static boolean onlyLinks(Element el) {
    int all = el.text().length();
    if (all == 0) return false;
    int linked = 0;
    for (Element a : el.getElementsByTag("a")) linked += a.text().length();
    return linked * 10 >= all * 9;
  }

  private static boolean isHidden(Element el) {
    if (el.hasAttr("hidden")) return true;
    String aria = el.attr("aria-hidden");
    if (aria.equals("true")) return true;
    String style = el.attr("style");
    if (!style.isEmpty()) {
      int i = style.indexOf("display");
      if (i >= 0 && TextUtil.valueAfterColonIs(style, i + 7, "none")) return true;
      i = style.indexOf("visibility");
      if (i >= 0 && TextUtil.valueAfterColonIs(style, i + 10, "hidden")) return true;
    }
    return false;
  }
}
