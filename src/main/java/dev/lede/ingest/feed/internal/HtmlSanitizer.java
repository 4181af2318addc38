package dev.lede.ingest.feed.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Allowlist HTML sanitizer for feed content, so that summaries and content are safe to show:
 * script, style and applet elements are dropped with their content, other unknown elements lose
 * their tags but keep their text, event-handler and unknown attributes are dropped, inline CSS is
 * reduced to harmless properties, and link targets with non-web schemes (javascript:, data:, ...)
 * are blanked. Relative URLs are resolved against the content's base. The allowlists follow those
 * of feedparser's sanitizer (BSD-2-Clause), so output agrees with it on its test corpus.
 */
public final class HtmlSanitizer {
  private HtmlSanitizer() {}

  private static final Set<String> ELEMENTS =
      Set.of(
          "a",
          "abbr",
          "acronym",
          "address",
          "area",
          "article",
          "aside",
          "audio",
          "b",
          "big",
          "blockquote",
          "br",
          "button",
          "canvas",
          "caption",
          "center",
          "cite",
          "code",
          "col",
          "colgroup",
          "command",
          "datagrid",
          "datalist",
          "dd",
          "del",
          "details",
          "dfn",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "em",
          "event-source",
          "fieldset",
          "figcaption",
          "figure",
          "font",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "i",
          "img",
          "input",
          "ins",
          "kbd",
          "keygen",
          "label",
          "legend",
          "li",
          "m",
          "map",
          "menu",
          "meter",
          "multicol",
          "nav",
          "nextid",
          "noscript",
          "ol",
          "optgroup",
          "option",
          "output",
          "p",
          "pre",
          "progress",
          "q",
          "rp",
          "rt",
          "ruby",
          "s",
          "samp",
          "section",
          "select",
          "small",
          "sound",
          "source",
          "spacer",
          "span",
          "strike",
          "strong",
          "sub",
          "sup",
          "table",
          "tbody",
          "td",
          "textarea",
          "tfoot",
          "th",
          "thead",
          "time",
          "tr",
          "tt",
          "u",
          "ul",
          "var",
          "video");

  private static final Set<String> ATTRIBUTES =
      Set.of(
          "abbr",
          "accept",
          "accept-charset",
          "accesskey",
          "action",
          "align",
          "alt",
          "autocomplete",
          "autofocus",
          "axis",
          "background",
          "balance",
          "bgcolor",
          "bgproperties",
          "border",
          "bordercolor",
          "bordercolordark",
          "bordercolorlight",
          "bottompadding",
          "cellpadding",
          "cellspacing",
          "ch",
          "challenge",
          "char",
          "charoff",
          "charset",
          "checked",
          "choff",
          "cite",
          "class",
          "clear",
          "color",
          "cols",
          "colspan",
          "compact",
          "contenteditable",
          "controls",
          "coords",
          "data",
          "datafld",
          "datapagesize",
          "datasrc",
          "datetime",
          "default",
          "delay",
          "dir",
          "disabled",
          "draggable",
          "dynsrc",
          "enctype",
          "end",
          "face",
          "for",
          "form",
          "frame",
          "galleryimg",
          "gutter",
          "headers",
          "height",
          "hidden",
          "hidefocus",
          "high",
          "href",
          "hreflang",
          "hspace",
          "icon",
          "id",
          "inputmode",
          "ismap",
          "keytype",
          "label",
          "lang",
          "leftspacing",
          "list",
          "longdesc",
          "loop",
          "loopcount",
          "loopend",
          "loopstart",
          "low",
          "lowsrc",
          "max",
          "maxlength",
          "media",
          "method",
          "min",
          "multiple",
          "name",
          "nohref",
          "noshade",
          "nowrap",
          "open",
          "optimum",
          "pattern",
          "ping",
          "point-size",
          "poster",
          "pqg",
          "preload",
          "prompt",
          "radiogroup",
          "readonly",
          "rel",
          "repeat-max",
          "repeat-min",
          "replace",
          "required",
          "rev",
          "rightspacing",
          "rows",
          "rowspan",
          "rules",
          "scope",
          "selected",
          "shape",
          "size",
          "span",
          "src",
          "start",
          "step",
          "style",
          "summary",
          "suppress",
          "tabindex",
          "target",
          "template",
          "title",
          "toppadding",
          "type",
          "unselectable",
          "urn",
          "usemap",
          "valign",
          "value",
          "variable",
          "volume",
          "vrml",
          "vspace",
          "width",
          "wrap",
          "xml:lang");

  /** Dropped together with everything inside them. */
  private static final Set<String> DROP_WITH_CONTENT =
      Set.of("script", "style", "applet", "template", "noembed", "noframes", "xmp", "iframe");

  private static final Set<String> VOID =
      Set.of(
          "area",
          "base",
          "basefont",
          "br",
          "col",
          "command",
          "embed",
          "frame",
          "hr",
          "img",
          "input",
          "isindex",
          "keygen",
          "link",
          "meta",
          "param",
          "source",
          "track",
          "wbr");

  private static final Set<String> CSS_PROPERTIES =
      Set.of(
          "azimuth",
          "background-color",
          "border-bottom-color",
          "border-collapse",
          "border-color",
          "border-left-color",
          "border-right-color",
          "border-top-color",
          "clear",
          "color",
          "cursor",
          "direction",
          "display",
          "elevation",
          "float",
          "font",
          "font-family",
          "font-size",
          "font-style",
          "font-variant",
          "font-weight",
          "height",
          "letter-spacing",
          "line-height",
          "overflow",
          "pause",
          "pause-after",
          "pause-before",
          "pitch",
          "pitch-range",
          "richness",
          "speak",
          "speak-header",
          "speak-numeral",
          "speak-punctuation",
          "speech-rate",
          "stress",
          "text-align",
          "text-decoration",
          "text-indent",
          "unicode-bidi",
          "vertical-align",
          "voice-family",
          "volume",
          "white-space",
          "width");

  private static final Set<String> CSS_KEYWORDS =
      Set.of(
          "!important",
          "aqua",
          "auto",
          "black",
          "block",
          "blue",
          "bold",
          "both",
          "bottom",
          "brown",
          "center",
          "collapse",
          "dashed",
          "dotted",
          "fuchsia",
          "gray",
          "green",
          "italic",
          "left",
          "lime",
          "maroon",
          "medium",
          "navy",
          "none",
          "normal",
          "nowrap",
          "olive",
          "pointer",
          "purple",
          "red",
          "right",
          "silver",
          "solid",
          "teal",
          "top",
          "transparent",
          "underline",
          "white",
          "yellow");

  private static final Pattern CSS_VALUE =
      Pattern.compile(
          "^(#[0-9a-f]+|rgb\\(\\d+%?,\\d*%?,?\\d*%?\\)?|\\d{0,2}\\.?\\d{0,2}(cm|em|ex|in|mm|pc|pt|px|%|,|\\))?)$");
  private static final Pattern CSS_URL = Pattern.compile("url\\s*\\(\\s*[^\\s)]+?\\s*\\)\\s*");
  private static final Pattern CSS_DECL = Pattern.compile("\\s*[-\\w]+\\s*:\\s*[^:;]*;?");
  private static final Pattern CSS_PAIR = Pattern.compile("([-\\w]+)\\s*:\\s*([^:;]*)");

  private static final Set<String> SAFE_SCHEMES =
      Set.of(
          "file",
          "ftp",
          "gopher",
          "h323",
          "hdl",
          "http",
          "https",
          "imap",
          "magnet",
          "mailto",
          "mms",
          "news",
          "nntp",
          "prospero",
          "rsync",
          "rtsp",
          "rtspu",
          "sftp",
          "shttp",
          "sip",
          "sips",
          "snews",
          "svn",
          "svn+ssh",
          "telnet",
          "wais",
          "aim",
          "callto",
          "cvs",
          "facetime",
          "feed",
          "git",
          "gtalk",
          "irc",
          "ircs",
          "irc6",
          "itms",
          "msnim",
          "skype",
          "ssh",
          "smb",
          "ymsg",
          "mvn",
          "tel",
          "sms",
          "geo",
          "xmpp");

  /** Attributes holding a URL, resolved against the base. */
  private static final Map<String, Set<String>> URL_ATTRS = new HashMap<>();

  static {
    URL_ATTRS.put("a", Set.of("href"));
    URL_ATTRS.put("area", Set.of("href"));
    URL_ATTRS.put("audio", Set.of("src"));
    URL_ATTRS.put("blockquote", Set.of("cite"));
    URL_ATTRS.put("del", Set.of("cite"));
    URL_ATTRS.put("ins", Set.of("cite"));
    URL_ATTRS.put("q", Set.of("cite"));
    URL_ATTRS.put("form", Set.of("action"));
    URL_ATTRS.put("img", Set.of("src", "longdesc", "usemap"));
    URL_ATTRS.put("input", Set.of("src", "usemap"));
    URL_ATTRS.put("source", Set.of("src"));
    URL_ATTRS.put("video", Set.of("src", "poster"));
  }

  /**
   * Markup budget of the document being parsed: HTML parsing costs time per tag, so a hostile feed
   * with millions of tags spread over many fields could otherwise run for minutes. Over budget,
   * fields are reduced to escaped text with a cheap linear pass.
   */
  public static final class Budget {
    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();
    private long remainingTags;
    private int exhausted;

    private Budget(long tags) {
      this.remainingTags = tags;
    }

    /** Runs {@code body} with a budget of {@code tags}; returns how many fields went over it. */
    public static int run(long tags, Runnable body) {
      Budget b = new Budget(tags);
      Budget previous = CURRENT.get();
      CURRENT.set(b);
      try {
        body.run();
      } finally {
        CURRENT.set(previous);
      }
      return b.exhausted;
    }

    /** False (and counted) when {@code markup} has more tags than the budget has left. */
    static boolean spend(String markup) {
      Budget b = CURRENT.get();
      if (b == null) {
        return true;
      }
      long tags = markup.chars().filter(c -> c == '<').count();
      if (tags > b.remainingTags) {
        b.exhausted++;
        return false;
      }
      b.remainingTags -= tags;
      return true;
    }
  }

  private static final Pattern TAG = Pattern.compile("<[^<>]*>");

  /** Markup removed without an HTML parser: linear, for input over the markup budget. */
  static String stripTags(String html) {
    return TAG.matcher(html).replaceAll(" ");
  }

  /** Attributes that are URLs (or were, in some browser) on whatever element carries them. */
  private static final Set<String> ANY_URL_ATTRS =
      Set.of(
          "href", "src", "action", "background", "dynsrc", "lowsrc", "cite", "longdesc", "poster");

  /** True when {@code url} is relative or uses a scheme that is safe to follow. */
  public static boolean isSafeLink(String url) {
    return url.isEmpty() || !safeUrl(Optional.empty(), url).isEmpty();
  }

  /** Sanitised HTML; text without markup is returned unchanged. */
  public static String sanitize(String html, Optional<String> base) {
    if (html.indexOf('<') < 0) {
      return html;
    }
    if (!Budget.spend(html)) {
      return escapeText(stripTags(html)).strip();
    }
    List<Node> nodes = Parser.parseFragment(html, null, "");
    StringBuilder out = new StringBuilder(html.length());
    Deque<Object> stack = new ArrayDeque<>();
    for (int i = nodes.size() - 1; i >= 0; i--) {
      stack.push(nodes.get(i));
    }
    while (!stack.isEmpty()) {
      Object o = stack.pop();
      if (o instanceof String close) {
        out.append(close);
      } else if (o instanceof TextNode t) {
        out.append(escapeText(t.getWholeText()));
      } else if (o instanceof Element e) {
        String tag = e.normalName();
        if (DROP_WITH_CONTENT.contains(tag)) {
          continue;
        }
        boolean keep = ELEMENTS.contains(tag);
        if (keep) {
          out.append('<').append(tag);
          for (Attribute a : e.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue();
            if (key.equals("style")) {
              String clean = sanitizeStyle(value);
              if (!clean.isEmpty()) {
                out.append(" style=\"").append(escapeAttr(clean)).append('"');
              }
              continue;
            }
            if (!ATTRIBUTES.contains(key)) {
              continue;
            }
            if (URL_ATTRS.getOrDefault(tag, Set.of()).contains(key)
                || ANY_URL_ATTRS.contains(key)) {
              value = safeUrl(base, value);
            }
            out.append(' ').append(key).append("=\"").append(escapeAttr(value)).append('"');
          }
          if (VOID.contains(tag)) {
            out.append(" />");
            continue;
          }
          out.append('>');
          stack.push("</" + tag + ">");
        }
        List<Node> kids = e.childNodes();
        for (int i = kids.size() - 1; i >= 0; i--) {
          stack.push(kids.get(i));
        }
      }
      // comments, doctypes, data nodes: dropped
    }
    return out.toString().strip();
  }

  static String safeUrl(Optional<String> base, String value) {
    String v = value.strip();
    String resolved = Urls.resolve(base, v);
    Matcher m = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):").matcher(resolved);
    if (m.find()) {
      String scheme = m.group(1).toLowerCase(Locale.ROOT);
      if (!SAFE_SCHEMES.contains(scheme)) {
        return "";
      }
    } else {
      // No scheme: a relative reference, unless control characters disguise a scheme.
      String squeezed = resolved.replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
      if (squeezed.startsWith("javascript:")
          || squeezed.startsWith("vbscript:")
          || squeezed.startsWith("data:")) {
        return "";
      }
    }
    return resolved;
  }

  static String sanitizeStyle(String style) {
    String s = CSS_URL.matcher(style).replaceAll(" ");
    if (!gauntlet(s)) {
      return "";
    }
    if (!CSS_DECL.matcher(s).replaceAll("").strip().isEmpty()) {
      return "";
    }
    List<String> clean = new ArrayList<>();
    Matcher m = CSS_PAIR.matcher(s);
    while (m.find()) {
      String prop = m.group(1);
      String value = m.group(2);
      if (value.isEmpty()) {
        continue;
      }
      String lower = prop.toLowerCase(Locale.ROOT);
      if (CSS_PROPERTIES.contains(lower)) {
        clean.add(prop + ": " + value + ";");
      } else if (Set.of("background", "border", "margin", "padding")
          .contains(lower.split("-")[0])) {
        boolean ok = true;
        for (String kw : value.strip().split("\\s+")) {
          if (!CSS_KEYWORDS.contains(kw) && !CSS_VALUE.matcher(kw).matches()) {
            ok = false;
            break;
          }
        }
        if (ok) {
          clean.add(prop + ": " + value + ";");
        }
      }
    }
    return String.join(" ", clean);
  }

  /**
   * Linear check that a style only uses plain tokens: letters, digits, space and {@code :,;#%.!},
   * hyphens inside words, quoted words and parenthesised number lists.
   */
  private static boolean gauntlet(String s) {
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '-') {
        if (i == 0 || i + 1 >= n || !isWord(s.charAt(i - 1)) || !isWord(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (c == '\'' || c == '"') {
        int end = s.indexOf(c, i + 1);
        if (end <= i + 1) {
          return false;
        }
        for (int k = i + 1; k < end; k++) {
          if (!isWord(s.charAt(k)) && !Character.isWhitespace(s.charAt(k))) {
            return false;
          }
        }
        i = end + 1;
      } else if (c == '(') {
        int end = s.indexOf(')', i + 1);
        if (end < 0) {
          return false;
        }
        for (int k = i + 1; k < end; k++) {
          char d = s.charAt(k);
          if (!Character.isDigit(d) && d != ',' && !Character.isWhitespace(d)) {
            return false;
          }
        }
        i = end + 1;
      } else if ((c < 128 && Character.isLetterOrDigit(c))
          || Character.isWhitespace(c)
          || ":,;#%.!".indexOf(c) >= 0) {
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static String escapeText(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String escapeAttr(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
