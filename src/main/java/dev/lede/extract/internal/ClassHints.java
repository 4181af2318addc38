package dev.lede.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies an element by its {@code class} and {@code id} attributes into hint flags, with one
 * Aho-Corasick pass over the attribute text (no regular expressions per node).
 *
 * <p>Keyword syntax: a leading {@code *} allows the keyword to start inside a word, a trailing
 * {@code *} allows it to end inside a word; otherwise the keyword must sit on a word boundary
 * (start/end of the attribute, a separator, or a camelCase hump). Attribute text is lower-cased and
 * every run of non-alphanumerics becomes one {@code -}, so {@code article__body} matches {@code
 * article-body}.
 */
public final class ClassHints {
  /** Boilerplate: navigation, sharing, related links, ads, footers, widgets... */
  public static final int BOILERPLATE = 1;

  /** Comment sections: removed even when large. */
  public static final int COMMENTS = 1 << 1;

  /** Visually hidden helper content. */
  public static final int HIDDEN = 1 << 2;

  /** Likely content (readability's positive weight). */
  public static final int POSITIVE = 1 << 3;

  /** Unlikely content that is not removed outright (readability's negative weight). */
  public static final int NEGATIVE = 1 << 4;

  /** A known main-text container such as {@code entry-content} or {@code article-body}. */
  public static final int ARTICLE_BODY = 1 << 5;

  /** Marks a whole post or article; protects it from boilerplate matches of its other classes. */
  public static final int POST = 1 << 6;

  /** Image captions and credits. */
  public static final int CAPTION = 1 << 7;

  /** Byline, dateline and other article metadata rows. */
  public static final int META = 1 << 8;

  /**
   * Related-article lists and teasers (also {@link #BOILERPLATE}): their excerpts read like prose,
   * so unlike other boilerplate they are not taken for a wrapper of the article when large.
   */
  public static final int RELATED = 1 << 9;

  /** A dateline or byline row ("posted on ... by ..."): removed when short and without prose. */
  public static final int DATELINE = 1 << 10;

  /**
   * Live coverage (a live blog or a match's live commentary): its entries are the article even when
   * the box is named for comments ({@code live-match-comments}).
   */
  public static final int LIVE = 1 << 11;

  private static final String[] KEYWORDS = {
    // COMMENTS
    """
    comment* *comments* *commentlist* disqus* *-disqus* respond reply* *replies* kommentar*
    leserkommentar* discussion* nocomments
    """,
    // BOILERPLATE
    """
    *footer* *sidebar* *breadcrumb* bread-crumb* *crumbs* *newsletter* *news-letter* *cookie*
    *consent* gdpr* *banner* *-embed*
    *share* sharing* social* *sociable* shariff* addthis* addtoany*
    a2a* *subscribe* *subscription* signup* sign-up* login*
    *paywall* sponsor* *sponsored* promo* advert* *advertisement* *werbung* anzeige* ^ad ^ads
    adsense* adslot* adunit* ^ad-* ^ads-* nav* *navigation* *navbar* menu* *submenu* *-menu* pagination*
    pager* ^widget* popup* modal* lightbox* tags tag tag-* taglist* tagcloud* schlagwort*
    keywords* rating* toolbar* tools skip* popular* most-* mostread* mostviewed* trending*
    masthead* copyright* disclaimer* jp-* sharedaddy* feedback* survey* *-promo*
    more-from* meistgelesen* *-nav* subnav* *newsticker* *ticker* offcanvas*
    off-canvas* headerbar* topbar* top-bar* site-header* siteheader* page-header* global-header*
    *cta* author-bio* authorbio* about-author* author-box* authorbox* *bio-box*
    *prev-post* post-navigation* postnav* rss*
    follow* donate* spende* *linkbox* link-box*
    author-card* saboxplugin* abh-box* *author-description* about-the-author* user-profile*
    *affiliate* *disclosure* licence-info* licenceinfo* license-info* *pushlayer* *donation*
    """,
    // RELATED
    """
    *related* *recommend* *empfehlung* *outbrain* *taboola* *plista* wp-block-latest* yarpp* crp*
    similar* *next-post* nextstory* next-story* read-also* readalso*
    more-articles* more-stories* further-reading* *recirc* carousel*
    """,
    // POSITIVE
    """
    article* *body* *content* entry* hentry h-entry *main* page post* *text* blog* story* artikel*
    beitrag* inhalt* single*
    """,
    // NEGATIVE
    """
    *media* contact* *scroll* shopping* hid com-* *meta* *extra* teaser*
    """,
    // ARTICLE_BODY
    """
    articlebody* article-body* article-content* article-text* articletext* articlecontent*
    article-main* entry-content* entrycontent* entry-body* post-content* postcontent* post-body*
    postbody* post-text* posttext* post-entry* postentry* story-body* storybody* story-content*
    storycontent* content-body* body-text* bodytext* article-inner* text-content* field-body*
    field-name-body* artikel-text* artikeltext* article-detail* news-content* newscontent*
    news-text* blog-content* blogpost-content* single-content* rich-text* richtext* content-text*
    main-text* maintext* text-body* article-copy* article-page-content*
    """,
    // POST
    "hentry type-post h-entry",
    // CAPTION
    """
    *caption* credit* *-credit* bildunterschrift* copyright-info* legend* *photo-credit*
    *image-credit* *img-credit* bildnachweis* *bildquelle*
    """,
    // META
    """
    date* *-date* *time*
    """,
    // META | DATELINE
    """
    *author* byline* dateline* meta* *-meta* posted-on* post-info* entry-info* article-info* *infoline*
    published* timestamp* postmetadata* *-postmetadata* entry-meta* article-meta*
    """,
    // LIVE
    "live liveblog* live-blog* liveticker* live-ticker* live-match* livematch* live-comment*",
  };

  private static final int[] CATEGORY_FLAGS = {
    COMMENTS | BOILERPLATE,
    BOILERPLATE,
    RELATED | BOILERPLATE,
    POSITIVE,
    NEGATIVE,
    ARTICLE_BODY,
    POST,
    CAPTION,
    META,
    META | DATELINE,
    LIVE
  };

  private static final Automaton AUTOMATON = build();

  private final Map<String, Integer> cache = new HashMap<>();

  private static final java.util.Set<String> HIDDEN_CLASSES =
      java.util.Set.of(
          "hidden",
          "hide",
          "is-hidden",
          "u-hidden",
          "js-hidden",
          "sr-only",
          "screen-reader-text",
          "visually-hidden",
          "visuallyhidden",
          "invisible",
          "d-none",
          "display-none",
          "element-invisible",
          "offscreen",
          "noshow",
          "hidden-print");

  /** Flags of one class/id combination; results are cached per instance (one page). */
  public int flags(String classAttr, String idAttr) {
    if (classAttr.isEmpty() && idAttr.isEmpty()) return 0;
    String key = idAttr.isEmpty() ? classAttr : classAttr + "#" + idAttr;
    Integer cached = cache.get(key);
    if (cached != null) return cached;
    int f = AUTOMATON.match(classAttr) | AUTOMATON.match(idAttr);
    if ((f & (LIVE | COMMENTS)) == (LIVE | COMMENTS)) f &= ~(COMMENTS | BOILERPLATE);
    if (!classAttr.isEmpty()) {
      for (String token : classAttr.split("\\s+")) {
        if (HIDDEN_CLASSES.contains(token.toLowerCase(java.util.Locale.ROOT))) f |= HIDDEN;
      }
    }
    cache.put(key, f);
    return f;
  }

  /** Flags of a single attribute value, uncached. */
  public static int match(String attr) {
    return AUTOMATON.match(attr);
  }

  private static Automaton build() {
    Automaton a = new Automaton();
    for (int cat = 0; cat < KEYWORDS.length; cat++) {
      for (String kw : KEYWORDS[cat].trim().split("\\s+")) {
        if (kw.isEmpty()) continue;
        boolean tokenStart = kw.startsWith("^");
        if (tokenStart) kw = kw.substring(1);
        boolean anyStart = kw.startsWith("*");
        boolean anyEnd = kw.endsWith("*") && kw.length() > 1;
        String core = kw.substring(anyStart ? 1 : 0, kw.length() - (anyEnd ? 1 : 0));
        a.add(core, CATEGORY_FLAGS[cat], !anyStart, !anyEnd, tokenStart);
      }
    }
    a.link();
    return a;
  }

  /** Aho-Corasick over the alphabet a-z, 0-9 and '-'. */
  private static final class Automaton {
    private static final int SYMBOLS = 37;
    private final List<int[]> next = new ArrayList<>();
    private final List<List<int[]>> outputs = new ArrayList<>(); // {length, flags, boundaries}
    private int[] fail;
    private int[][] delta;
    private int[][][] out;

    Automaton() {
      newState();
    }

    private int newState() {
      int[] t = new int[SYMBOLS];
      java.util.Arrays.fill(t, -1);
      next.add(t);
      outputs.add(new ArrayList<>());
      return next.size() - 1;
    }

    private static int symbol(char c) {
      if (c >= 'a' && c <= 'z') return c - 'a';
      if (c >= '0' && c <= '9') return 26 + c - '0';
      if (c >= 'A' && c <= 'Z') return c - 'A';
      return 36;
    }

    void add(String kw, int flags, boolean boundStart, boolean boundEnd, boolean tokenStart) {
      int s = 0;
      for (int i = 0; i < kw.length(); i++) {
        int sym = symbol(kw.charAt(i));
        if (next.get(s)[sym] < 0) {
          int ns = newState();
          next.get(s)[sym] = ns;
        }
        s = next.get(s)[sym];
      }
      outputs
          .get(s)
          .add(
              new int[] {
                kw.length(), flags, (boundStart ? 1 : 0) | (boundEnd ? 2 : 0) | (tokenStart ? 4 : 0)
              });
    }

    void link() {
      int n = next.size();
      fail = new int[n];
      delta = new int[n][];
      out = new int[n][][];
      int[] queue = new int[n];
      int head = 0;
      int tail = 0;
      delta[0] = new int[SYMBOLS];
      for (int c = 0; c < SYMBOLS; c++) {
        int t = next.get(0)[c];
        if (t < 0) {
          delta[0][c] = 0;
        } else {
          delta[0][c] = t;
          fail[t] = 0;
          queue[tail++] = t;
        }
      }
      out[0] = outputs.get(0).toArray(new int[0][]);
      while (head < tail) {
        int s = queue[head++];
        List<int[]> o = new ArrayList<>(outputs.get(s));
        o.addAll(java.util.Arrays.asList(out[fail[s]]));
        out[s] = o.toArray(new int[0][]);
        delta[s] = new int[SYMBOLS];
        for (int c = 0; c < SYMBOLS; c++) {
          int t = next.get(s)[c];
          if (t < 0) {
            delta[s][c] = delta[fail[s]][c];
          } else {
            delta[s][c] = t;
            fail[t] = delta[fail[s]][c];
            queue[tail++] = t;
          }
        }
      }
    }

    int match(String attr) {
      int n = attr.length();
      if (n == 0) return 0;
      // Normalised symbols plus word-boundary marks, built on the stack of this call.
      int[] syms = new int[n];
      boolean[] wordStart = new boolean[n + 1];
      boolean[] tokenStart = new boolean[n + 1];
      int len = 0;
      char prev = '-';
      for (int i = 0; i < n; i++) {
        char c = attr.charAt(i);
        int sym = symbol(c);
        if (sym == 36) {
          if (len > 0 && syms[len - 1] != 36) syms[len++] = 36;
          prev = Character.isWhitespace(c) ? ' ' : '-';
          continue;
        }
        boolean hump = Character.isUpperCase(c) && Character.isLowerCase(prev);
        if (len == 0 || syms[len - 1] == 36 || hump) wordStart[len] = true;
        if (len == 0 || prev == ' ') tokenStart[len] = true;
        syms[len++] = sym;
        prev = c;
      }
      wordStart[len] = true;
      int flags = 0;
      int s = 0;
      for (int i = 0; i < len; i++) {
        s = delta[s][syms[i]];
        int[][] o = out[s];
        for (int[] m : o) {
          int start = i + 1 - m[0];
          int end = i + 1;
          if ((m[2] & 1) != 0 && !(wordStart[start] || syms[start] == 36)) continue;
          if ((m[2] & 2) != 0 && !(end == len || syms[end] == 36)) continue;
          if ((m[2] & 4) != 0 && !tokenStart[start]) continue;
          flags |= m[1];
        }
      }
      return flags;
    }
  }
}
