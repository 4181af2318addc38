package dev.lede.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.jsoup.nodes.Element;

/**
 * Finds the main text in a {@link PageModel}, in stages:
 *
 * <ol>
 *   <li>resolve boilerplate: boxes whose tag or class/id marks them as navigation, sharing,
 *       comments, ads... are dropped, unless they wrap the article (wrappers on big sites carry
 *       classes like {@code has-sidebar}); so are blocks of the host's template (blocks seen on
 *       other pages of the same site), unless the page has little prose of its own beside them;
 *   <li>score: every paragraph gives readability-style points to its ancestors; candidates are
 *       weighted by class hints and penalised by link density;
 *   <li>select: a known article-body container when the page has one with enough text, otherwise
 *       the best-scored box plus its qualifying siblings;
 *   <li>emit: the selected blocks minus link-dense ones and link-heavy boxes ({@link
 *       LinkHeavyBoxes}), trailing headings and short debris;
 *   <li>fall back: when the selection is too short, a broader page-wide classification of blocks is
 *       used if it finds more.
 * </ol>
 */
public final class MainText {
  /** A marker container needs this much text to be trusted over scoring. */
  static final int MIN_EXTRACTED = 250;

  static final int SHORT_EXTRACTED = 2000;
  static final String CELL_SEPARATOR = " | ";

  private final PageModel m;
  private final LongPredicate template;
  private final boolean[] excluded;
  private final int[] cleanText;
  private final int[] cleanLinks;
  private final int[] cleanProse;
  private final double[] score;
  private final boolean[] scored;
  private final java.util.Set<Box> leads = new java.util.HashSet<>();

  /** Whether comment sections are read as content (a forum thread: no other prose on the page). */
  private final boolean commentsAreContent;

  private MainText(PageModel model, LongPredicate template) {
    this(model, template, false);
  }

  private MainText(PageModel model, LongPredicate template, boolean commentsAreContent) {
    this.m = model;
    this.template = template;
    this.commentsAreContent = commentsAreContent;
    int nb = model.blocks.size();
    int nx = model.boxes.size();
    excluded = new boolean[nb];
    cleanText = new int[nx];
    cleanLinks = new int[nx];
    cleanProse = new int[nx];
    score = new double[nx];
    scored = new boolean[nx];
  }

  /** The selected paragraphs and the box they mostly came from. */
  public record Result(List<String> paragraphs, List<Element> containers, String strategy) {}

  public static Result extract(PageModel model) {
    return extract(model, null);
  }

  /**
   * As {@link #extract(PageModel)}, also dropping the blocks whose {@link BlockPrints print} is in
   * the host's template.
   */
  public static Result extract(PageModel model, LongPredicate template) {
    Result r = new MainText(model, template).run();
    if (length(r.paragraphs()) >= MIN_EXTRACTED) return r;
    // Trafilatura falls back to a baseline when its result is this short; on a forum thread the
    // posts are all the page has, and they are marked up as comments.
    Result thread = new MainText(model, template, true).run();
    Result best = length(thread.paragraphs()) > length(r.paragraphs()) ? thread : r;
    if (!best.paragraphs().isEmpty()) return best;
    // Nothing read as an article (a page of a line or two, or only headings): like trafilatura's
    // baseline and readability's last attempt, the page's own text is better than none.
    MainText all = new MainText(model, template);
    all.resolveBoilerplate(null);
    return new Result(all.everyLine(), List.of(model.root.element), "all");
  }

  /** Every block left after boilerplate, minus link-dense lines, furniture and the headline. */
  private List<String> everyLine() {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < m.blocks.size(); i++) {
      Block bl = m.blocks.get(i);
      if (!excluded[i] && keep(bl) && !isFurniture(bl) && !isHeadline(bl)) out.add(bl);
    }
    return joinTableRows(out);
  }

  /** All non-boilerplate paragraphs of a fragment (feed content), no container selection. */
  public static List<String> allParagraphs(PageModel model) {
    return allParagraphs(model, null);
  }

  /** As {@link #allParagraphs(PageModel)}, also dropping the blocks of the host's template. */
  public static List<String> allParagraphs(PageModel model, LongPredicate template) {
    MainText t = new MainText(model, template);
    t.resolveBoilerplate(null);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < model.blocks.size(); i++) {
      if (!t.excluded[i]) out.add(model.blocks.get(i).text());
    }
    return out;
  }

  private Result run() {
    Box marker = bestMarker();
    resolveBoilerplate(marker);
    scoreCandidates();
    List<Box> selection;
    String strategy;
    Box markerClean = bestCleanMarker();
    if (markerClean != null && cleanText[markerClean.index] >= MIN_EXTRACTED) {
      selection = withParts(markerClean, withLead(markerClean));
      strategy = "marker";
    } else {
      selection = readabilitySelection();
      if (selection.size() == 1) selection = withLead(selection.get(0));
      strategy = "scored";
    }
    List<String> paragraphs = emit(selection);
    if (length(paragraphs) < SHORT_EXTRACTED) {
      // A short selection may be a fragment of the article (or the wrong box): like trafilatura's
      // comparison with a generic extractor, a page-wide prose extraction that finds more wins.
      List<String> broad = broad();
      if (length(broad) > length(paragraphs)) {
        return new Result(broad, List.of(m.root.element), "broad");
      }
    }
    List<Element> els = new ArrayList<>();
    for (Box b : selection) els.add(b.element);
    return new Result(paragraphs, els, strategy);
  }

  /**
   * Article bodies often start after a separately marked-up lead (standfirst, excerpt); prose boxes
   * just before the container, at its level or up to {@link #EXPAND_LEVELS} levels up, are taken
   * along, children of the page's root included (a {@code <header>} holding the lead can be a
   * sibling of the {@code <main>} that holds the body).
   */
  private List<Box> withLead(Box container) {
    List<Box> extra = new ArrayList<>();
    Box node = container;
    for (int level = 0; level < EXPAND_LEVELS && node.parent != null; level++) {
      List<Box> siblings = m.childrenOf(node.parent);
      int at = siblings.indexOf(node);
      for (int k = 0; k < siblings.size(); k++) {
        // Only what comes before: trailing prose is more often bios, teasers and comments.
        if (k >= at) break;
        Box s = siblings.get(k);
        if (isProse(s)) extra.add(s);
      }
      node = node.parent;
    }
    if (extra.isEmpty()) return List.of(container);
    leads.addAll(extra);
    extra.add(container);
    extra.sort((a, b) -> Integer.compare(a.firstBlock, b.firstBlock));
    return extra;
  }

  /**
   * An article split into parts by ads or widgets marks each part as the article body (three {@code
   * <section itemprop="articleBody" class="l-article__section">} on theatlantic.com): the other
   * parts marked alike (schema.org's articleBody, same tag and classes, outside the selection) are
   * taken too, after the container as well as before it. Class names alone are not enough: a blog's
   * list of posts marks every excerpt so.
   */
  private List<Box> withParts(Box container, List<Box> selection) {
    if (!isArticleBodyItem(container)) return selection;
    List<Box> out = null;
    String cls = container.element.className();
    for (Box b : m.markers) {
      if (b == container
          || b.tag != container.tag
          || !isArticleBodyItem(b)
          || cleanText[b.index] == 0
          || !b.element.className().equals(cls)
          || isExcludedBox(b)) {
        continue;
      }
      boolean overlaps = false;
      for (Box s : out == null ? selection : out) {
        if (s.isAncestorOf(b) || b.isAncestorOf(s)) overlaps = true;
      }
      if (overlaps) continue;
      if (out == null) out = new ArrayList<>(selection);
      out.add(b);
    }
    if (out == null) return selection;
    out.sort((a, b) -> Integer.compare(a.firstBlock, b.firstBlock));
    return out;
  }

  /** Whether a box is marked as the article's body by schema.org markup, not by a class name. */
  private static boolean isArticleBodyItem(Box b) {
    return b.element.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /** How many ancestor levels of the container are searched for preceding prose. */
  static final int EXPAND_LEVELS = 8;

  private boolean isProse(Box s) {
    int len = cleanText[s.index];
    int prose = cleanProse[s.index];
    return prose >= 80
        && prose * 2 >= len
        && cleanLinks[s.index] * 4 < len
        && !s.has(ClassHints.META)
        // A sentence-long h2-h6 before the body is a deck or standfirst; an h1 is the headline.
        && (s.tag != Tag.HEADING || !s.element.normalName().equals("h1"));
  }

  private static int length(List<String> ps) {
    int n = 0;
    for (String p : ps) n += p.length();
    return n;
  }

  /** The marker container with the most raw text; used to protect its ancestors. */
  private Box bestMarker() {
    Box best = null;
    for (Box b : m.markers) {
      if (!isMarkerContainer(b)) continue;
      if (best == null || b.textLength > best.textLength) best = b;
    }
    return best;
  }

  private Box bestCleanMarker() {
    Box best = null;
    for (Box b : m.markers) {
      if (isExcludedBox(b) || !isMarkerContainer(b)) continue;
      if (best == null || cleanText[b.index] > cleanText[best.index]) best = b;
    }
    return best;
  }

  /**
   * Whether a box marked as an article body can be the article's container. A paragraph, heading or
   * list item cannot: TYPO3 marks every paragraph {@code class="bodytext"}, text pasted from Word
   * {@code class="MsoBodyText"}, and the longest such paragraph, taken with the prose before it,
   * lost the article's short paragraphs and headings. Nor can a box inside a comment section
   * ({@code field-comment-body text-area}): that is one comment's body, and taking it protected the
   * whole section from the boilerplate stage; unless the page is read as a thread.
   */
  private boolean isMarkerContainer(Box b) {
    if (b.tag == Tag.PARAGRAPH || b.tag == Tag.HEADING || b.tag == Tag.LIST_ITEM) return false;
    if (commentsAreContent) return true;
    for (Box x = b; x != null; x = x.parent) {
      if (x.has(ClassHints.COMMENTS)) return false;
    }
    return true;
  }

  private boolean isExcludedBox(Box b) {
    for (Box x = b; x != null; x = x.parent) if (x.boilerplate) return true;
    return false;
  }

  private void resolveBoilerplate(Box marker) {
    int total = Math.max(1, m.root.textLength);
    int prose = m.root.prose;
    captionsAreContent = captionsHoldThePage();
    for (Box b : m.boxes) {
      b.boilerplate = isBoilerplate(b, total, prose);
    }
    if (marker != null) {
      for (Box x = marker; x != null; x = x.parent) x.boilerplate = false;
    }
    boolean[] templated = templated();
    for (int i = 0; i < m.blocks.size(); i++) {
      Block bl = m.blocks.get(i);
      boolean ex = templated != null && templated[i];
      for (Box x = bl.owner(); x != null; x = x.parent) {
        if (x.boilerplate) {
          ex = true;
          break;
        }
      }
      excluded[i] = ex;
      if (!ex) {
        int len = bl.text().length();
        int links = bl.linkLength();
        int proseLen = len >= 80 && links * 4 < len ? len : 0;
        for (Box x = bl.owner(); x != null; x = x.parent) {
          cleanText[x.index] += len;
          cleanLinks[x.index] += links;
          cleanProse[x.index] += proseLen;
        }
      }
    }
  }

  /**
   * Which blocks are the host's template; null when there is no template, or when the page has
   * little prose of its own beside it (less than a quarter of the template's, or none): then the
   * page is one already learned (the same article at another address, perhaps with a line changed)
   * and nothing is dropped for it.
   */
  private boolean[] templated() {
    if (template == null) return null;
    int n = m.blocks.size();
    boolean[] t = new boolean[n];
    int own = 0;
    int templ = 0;
    boolean any = false;
    for (int i = 0; i < n; i++) {
      Block bl = m.blocks.get(i);
      int len = bl.text().length();
      int prose = len >= 80 && bl.linkLength() * 4 < len ? len : 0;
      if (template.test(BlockPrints.of(bl.text()))) {
        t[i] = any = true;
        templ += prose;
      } else {
        own += prose;
      }
    }
    if (!any || own == 0 || own * 4 < templ) return null;
    return t;
  }

  /** Whether the page is a gallery: its captions hold more of its own text than the rest. */
  private boolean captionsAreContent;

  private boolean captionsHoldThePage() {
    int captions = 0;
    for (Box b : m.boxes) {
      if (!isCaption(b)) continue;
      boolean outermost = true;
      for (Box x = b.parent; x != null; x = x.parent) {
        if (isCaption(x)) {
          outermost = false;
          break;
        }
      }
      if (outermost) captions += b.textLength - b.linkLength;
    }
    int all = m.root.textLength - m.root.linkLength;
    return captions * 2 > all;
  }

  private static boolean isCaption(Box b) {
    return b.tag == Tag.FIGURE || b.tag == Tag.CAPTION || b.has(ClassHints.CAPTION);
  }

  /** Longest metadata row (characters) removed as a whole. */
  static final int META_MAX = 200;

  private boolean isBoilerplate(Box b, int total, int prose) {
    switch (b.tag) {
      case BODY, MAIN, ARTICLE, HEADING -> {
        return false;
      }
      case FOOTER, ASIDE -> {
        return b.textLength < 0.6 * total;
      }
      case FIGURE, CAPTION -> {
        return !captionsAreContent && (b.prose * 2 < prose || prose == 0);
      }
      default -> {}
    }
    int h = b.hints;
    if ((h & (ClassHints.POST | ClassHints.ARTICLE_BODY)) != 0) return false;
    if ((h & ClassHints.COMMENTS) != 0) {
      // Read as a thread, posts are kept; the reply form and empty comment furniture are not.
      if (commentsAreContent) return b.prose == 0;
      return b.textLength < 0.9 * total;
    }
    if ((h & ClassHints.CAPTION) != 0) {
      return !captionsAreContent && (b.prose * 2 < prose || prose == 0);
    }
    // Related-article lists carry excerpts that read like prose: only their size protects them.
    if ((h & ClassHints.RELATED) != 0) return b.textLength < 0.6 * total;
    // A short dateline or byline row ("updated on ... by ...") without a sentence of prose.
    if ((h & ClassHints.DATELINE) != 0 && b.prose == 0 && b.textLength <= META_MAX) return true;
    // Wrappers carry classes like has-sidebar; a box holding most of the page's prose is one.
    if ((h & ClassHints.BOILERPLATE) != 0) {
      return b.textLength < 0.6 * total && (prose == 0 || b.prose * 2 < prose);
    }
    return false;
  }

  // ---- scoring -------------------------------------------------------------------------------

  private void scoreCandidates() {
    for (int i = 0; i < m.blocks.size(); i++) {
      if (excluded[i]) continue;
      Block bl = m.blocks.get(i);
      int len = effectiveLength(bl.text());
      if (len < 25) continue;
      double points = 1 + bl.commas() + Math.min(len / 100, 3);
      Box ancestor = bl.owner().parent;
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent) {
        if (!scored[ancestor.index]) {
          scored[ancestor.index] = true;
          score[ancestor.index] = initialScore(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        score[ancestor.index] += points / divider;
      }
    }
    for (Box b : m.boxes) {
      if (!scored[b.index]) continue;
      int t = cleanText[b.index];
      double ld = t == 0 ? 0 : (double) cleanLinks[b.index] / t;
      score[b.index] *= (1 - ld);
    }
  }

  static int effectiveLength(String s) {
    int n = s.length();
    int extra = 0;
    for (int i = 0; i < n; i++) if (TextUtil.isCjk(s.charAt(i))) extra++;
    return n + extra;
  }

  private static double initialScore(Box b) {
    double s =
        switch (b.tag) {
          case DIV, ARTICLE, SECTION, MAIN -> 5;
          case PRE, CELL, QUOTE -> 3;
          case LIST, LIST_ITEM, FORM -> -3;
          case HEADING -> -5;
          default -> 0;
        };
    if (b.has(ClassHints.POSITIVE) || b.has(ClassHints.ARTICLE_BODY)) s += 25;
    if (b.has(ClassHints.NEGATIVE) || b.has(ClassHints.BOILERPLATE)) s -= 25;
    return s;
  }

  private List<Box> readabilitySelection() {
    Box top = null;
    for (Box b : m.boxes) {
      if (!scored[b.index] || b == m.root) continue;
      if (top == null || score[b.index] > score[top.index]) top = b;
    }
    if (top == null) return List.of(m.root);
    top = preferSharedAncestor(top);
    top = climbToBetterParent(top);
    while (top.parent != null
        && top.parent != m.root
        && m.childrenOf(top.parent).size() == 1
        && cleanText[top.parent.index] == cleanText[top.index]) {
      top = top.parent;
    }
    if (top.parent == null) return List.of(top);
    double topScore = score[top.index];
    double threshold = Math.max(10, topScore * 0.2);
    List<Box> selection = new ArrayList<>();
    for (Box s : m.childrenOf(top.parent)) {
      if (s == top) {
        selection.add(s);
        continue;
      }
      if (cleanText[s.index] == 0) continue;
      double bonus =
          !top.element.className().isEmpty()
                  && top.element.className().equals(s.element.className())
              ? topScore * 0.2
              : 0;
      double sScore = scored[s.index] ? score[s.index] : 0;
      if (sScore + bonus >= threshold) {
        selection.add(s);
      } else if (s.tag == Tag.PARAGRAPH || s.tag == Tag.LIST || s.tag == Tag.HEADING) {
        int len = cleanText[s.index];
        double ld = (double) cleanLinks[s.index] / Math.max(1, len);
        if (len > 80 && ld < 0.25) selection.add(s);
        else if (len <= 80 && ld == 0 && s.tag == Tag.PARAGRAPH && endsSentence(s)) {
          selection.add(s);
        }
      }
    }
    return selection;
  }

  private boolean endsSentence(Box s) {
    for (int i = s.firstBlock; i < s.endBlock; i++) {
      String t = m.blocks.get(i).text();
      if (t.endsWith(".") || t.contains(". ")) return true;
    }
    return false;
  }

  /** Readability: when several top candidates share an ancestor, the ancestor is the article. */
  private Box preferSharedAncestor(Box top) {
    double topScore = score[top.index];
    List<Box> alternatives = new ArrayList<>();
    for (Box b : m.boxes) {
      if (b == top || !scored[b.index] || b == m.root) continue;
      if (score[b.index] >= topScore * 0.75) alternatives.add(b);
    }
    if (alternatives.size() < 3) return top;
    for (Box anc = top.parent; anc != null && anc != m.root; anc = anc.parent) {
      int count = 0;
      for (Box a : alternatives) if (anc.isAncestorOf(a)) count++;
      if (count >= 3) return anc;
    }
    return top;
  }

  private Box climbToBetterParent(Box top) {
    double last = score[top.index];
    double threshold = last / 3;
    for (Box p = top.parent; p != null && p != m.root; p = p.parent) {
      if (!scored[p.index]) continue;
      double ps = score[p.index];
      if (ps < threshold) break;
      if (ps > last) return p;
      last = ps;
    }
    return top;
  }

  // ---- emission ------------------------------------------------------------------------------

  private List<String> emit(List<Box> selection) {
    List<Block> chosen = new ArrayList<>();
    boolean[] dropped = appeals(selection);
    LinkHeavyBoxes.mark(m, selection, excluded, dropped);
    outer:
    for (Box box : selection) {
      boolean lead = leads.contains(box);
      for (int i = box.firstBlock; i < box.endBlock; i++) {
        if (excluded[i] || dropped[i]) continue;
        Block bl = m.blocks.get(i);
        if (endsArticle(bl, selection, box, i, chosen, dropped)) break outer;
        if (!keep(bl) || isFurniture(bl)) continue;
        // From a lead taken along, only its prose: the kicker, date and credit lines of a header
        // box sit beside the standfirst.
        if (lead && !isProseBlock(bl)) continue;
        if (isHeadline(bl)) continue;
        // A short title-like line right before dropped content labels that content.
        if (isShortLabel(bl)
            && i + 1 < m.blocks.size()
            && (excluded[i + 1] || !keep(m.blocks.get(i + 1)))) {
          continue;
        }
        chosen.add(bl);
      }
    }
    while (!chosen.isEmpty() && chosen.get(chosen.size() - 1).tag() == Tag.HEADING) {
      chosen.remove(chosen.size() - 1);
    }
    return joinTableRows(chosen);
  }

  /** The article's text before a heading of other articles is this many times what follows. */
  static final int ENDING_SHARE = 4;

  /**
   * Whether {@code bl}, block {@code at} of {@code box}, is a heading of what comes after the
   * article ("Auch interessant:", "Mehr zum Thema", "You might also like:"; the {@code end} section
   * of {@code boilerplate-lines.txt}), as boilerpipe's terminating blocks: then the rest of the
   * selection (a list of other articles, a job-board plug, a newsletter pitch) is not the article.
   * Only an unlinked line near the end counts, the kept text after it under a quarter of the text
   * before: "Mehr zum Thema Gesundheit:" above a link in mid-article is followed by more of the
   * article, and CNN's linked "Related: headline" lines stand between paragraphs.
   */
  private boolean endsArticle(
      Block bl, List<Box> selection, Box box, int at, List<Block> chosen, boolean[] dropped) {
    if (bl.linkLength() > 0 || !BoilerplateLines.endsArticle(bl.text())) return false;
    int before = 0;
    for (Block c : chosen) before += c.text().length();
    int after = 0;
    for (Box b : selection) {
      if (b.firstBlock < box.firstBlock) continue;
      for (int k = b == box ? at + 1 : b.firstBlock; k < b.endBlock; k++) {
        if (excluded[k] || dropped[k] || !keep(m.blocks.get(k))) continue;
        after += m.blocks.get(k).text().length();
      }
    }
    return after * ENDING_SHARE < before;
  }

  /** Longest box (characters) around a subscribe, follow or consent line that goes with it. */
  static final int APPEAL_BOX_MAX = 600;

  /**
   * The blocks of small boxes inside the selection that hold a call to subscribe, follow, share or
   * consent ({@link BoilerplateLines#marksBox}): a newsletter or membership box is a heading, a
   * pitch and a button, and only the button names what it is. The box is the largest ancestor of
   * the line up to {@link #APPEAL_BOX_MAX} characters below the selected box, never the selected
   * box itself, so an article's own paragraphs stay.
   */
  private boolean[] appeals(List<Box> selection) {
    boolean[] drop = new boolean[m.blocks.size()];
    for (Box box : selection) {
      for (int i = box.firstBlock; i < box.endBlock; i++) {
        if (excluded[i] || drop[i] || !BoilerplateLines.marksBox(m.blocks.get(i).text())) continue;
        Box b = m.blocks.get(i).owner();
        if (b == box) continue;
        while (b.parent != box && b.parent.textLength <= APPEAL_BOX_MAX) b = b.parent;
        if (b.textLength > APPEAL_BOX_MAX) continue;
        for (int k = b.firstBlock; k < b.endBlock; k++) drop[k] = true;
      }
    }
    return drop;
  }

  /** Cells of one table row become one paragraph, so a row reads as a line. */
  static List<String> joinTableRows(List<Block> chosen) {
    List<String> out = new ArrayList<>(chosen.size());
    Box row = null;
    StringBuilder line = null;
    for (Block b : chosen) {
      Box cellRow = b.owner().tag == Tag.CELL ? b.owner().parent : null;
      if (cellRow != null && cellRow.tag == Tag.ROW && cellRow == row) {
        line.append(CELL_SEPARATOR).append(b.text());
        continue;
      }
      if (line != null) out.add(line.toString());
      line = new StringBuilder(b.text());
      row = cellRow != null && cellRow.tag == Tag.ROW ? cellRow : null;
    }
    if (line != null) out.add(line.toString());
    return out;
  }

  /** The headline is metadata (ExtractedPage.title), not body text. */
  private static boolean isHeadline(Block bl) {
    return bl.owner().tag == Tag.HEADING && bl.owner().element.normalName().equals("h1");
  }

  /**
   * Page furniture by its words: ad and share labels, credit, subscribe and consent lines, and a
   * line that only gives a date (outside tables, where a date cell belongs to its row).
   */
  private static boolean isFurniture(Block bl) {
    String t = bl.text();
    return Boilerplate.isLabel(t)
        || Boilerplate.isTeaser(t, bl.linkLength())
        || BoilerplateLines.matches(t)
        || (bl.tag() != Tag.CELL && DateLines.matches(t));
  }

  private static boolean isProseBlock(Block bl) {
    int len = effectiveLength(bl.text());
    return len >= 80 && bl.linkLength() * 4 < len;
  }

  /**
   * A short line that labels what follows (a heading or a bold line in a box); a paragraph is not
   * one: a sign-off, a greeting or a short answer closes the article's text before its furniture.
   */
  private static boolean isShortLabel(Block bl) {
    String t = bl.text();
    Tag tag = bl.owner().tag;
    if (t.length() > 60 || tag == Tag.CELL || tag == Tag.LIST_ITEM || tag == Tag.PARAGRAPH) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return last != '.' && last != '!' && last != '?' && last != '"' && last != '”' && last != '«';
  }

  private boolean keep(Block bl) {
    int len = bl.text().length();
    double ld = bl.navigationDensity();
    if (ld > 0.75) return false;
    if (ld > 0.5 && len < 200) return false;
    return true;
  }

  /** Page-wide fallback: every block that reads like prose, plus short ones between them. */
  private List<String> broad() {
    int n = m.blocks.size();
    int[] cls = new int[n]; // 2 good, 1 short/unknown, 0 bad
    for (int i = 0; i < n; i++) {
      if (excluded[i]) continue;
      Block bl = m.blocks.get(i);
      int len = effectiveLength(bl.text());
      double ld = bl.navigationDensity();
      if (ld > 0.3) cls[i] = 0;
      else if (len >= 100) cls[i] = 2;
      else cls[i] = 1;
    }
    int[] good = new int[m.boxes.size()];
    for (int i = 0; i < n; i++) {
      if (cls[i] != 2) continue;
      int len = m.blocks.get(i).text().length();
      for (Box x = m.blocks.get(i).owner(); x != null; x = x.parent) good[x.index] += len;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (cls[i] != 0 && (isFurniture(m.blocks.get(i)) || isHeadline(m.blocks.get(i)))) continue;
      if (cls[i] == 2) {
        out.add(m.blocks.get(i).text());
      } else if (cls[i] == 1
          && (neighbourGood(cls, i)
              // A short line right before links or dropped text labels them ("Neueste Artikel").
              || (i + 1 < n
                  && cls[i + 1] >= (m.blocks.get(i).tag() == Tag.HEADING ? 2 : 1)
                  && inProseBox(m.blocks.get(i), good)))) {
        out.add(m.blocks.get(i).text());
      }
    }
    return out;
  }

  /**
   * Whether a short block sits in a box of prose: the nearest box around it that holds prose has at
   * least half its text in prose. A short question, a table's cells or a list of facts between the
   * paragraphs of a post belong to it even when no paragraph borders them on both sides.
   */
  private boolean inProseBox(Block bl, int[] good) {
    if (bl.linkLength() > 0) return false;
    for (Box x = bl.owner(); x != null; x = x.parent) {
      if (good[x.index] == 0) continue;
      return x != m.root && good[x.index] * 2 >= cleanText[x.index];
    }
    return false;
  }

  private static boolean neighbourGood(int[] cls, int i) {
    int prev = i - 1;
    while (prev >= 0 && cls[prev] == 1) prev--;
    int next = i + 1;
    while (next < cls.length && cls[next] == 1) next++;
    return prev >= 0 && cls[prev] == 2 && next < cls.length && cls[next] == 2;
  }
}
