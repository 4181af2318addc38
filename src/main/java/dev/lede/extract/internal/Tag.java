package dev.lede.extract.internal;

import java.util.HashMap;
import java.util.Map;

/** The roles of HTML elements that matter to text extraction. */
public enum Tag {
  /** Inline markup: text flows through it. */
  INLINE,
  /** Removed with its subtree: scripts, styles, forms controls, embedded media, navigation. */
  SKIP,
  LINE_BREAK,
  LINK,
  IMAGE,
  PARAGRAPH,
  DIV,
  SECTION,
  ARTICLE,
  MAIN,
  BODY,
  HEADING,
  LIST,
  LIST_ITEM,
  TABLE,
  ROW,
  CELL,
  QUOTE,
  PRE,
  FIGURE,
  CAPTION,
  HEADER,
  FOOTER,
  ASIDE,
  FORM,
  OTHER_BLOCK;

  private static final Map<String, Tag> BY_NAME = new HashMap<>();

  static {
    for (String s :
        new String[] {
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          // MathML is read as text (a sentence keeps its formula); its TeX source is not.
          "annotation",
          "annotation-xml",
          "iframe",
          "object",
          "embed",
          "canvas",
          "video",
          "audio",
          "button",
          "select",
          "input",
          "textarea",
          "option",
          "optgroup",
          "datalist",
          "nav",
          "menu",
          "dialog",
          "map",
          "applet",
          "frame",
          "frameset",
          "link",
          "meta",
          "head",
          "title",
          "source",
          "track",
          "param",
          "picture",
          "label",
          "output",
          "progress",
          "meter",
          "noembed",
          "noframes",
          "rp",
          "rt",
          "area",
          "base",
          "fencedframe"
        }) {
      BY_NAME.put(s, SKIP);
    }
    BY_NAME.put("br", LINE_BREAK);
    BY_NAME.put("a", LINK);
    BY_NAME.put("img", IMAGE);
    BY_NAME.put("p", PARAGRAPH);
    BY_NAME.put("div", DIV);
    BY_NAME.put("center", DIV);
    BY_NAME.put("section", SECTION);
    BY_NAME.put("article", ARTICLE);
    BY_NAME.put("main", MAIN);
    BY_NAME.put("body", BODY);
    for (String h : new String[] {"h1", "h2", "h3", "h4", "h5", "h6"}) BY_NAME.put(h, HEADING);
    for (String l : new String[] {"ul", "ol", "dl"}) BY_NAME.put(l, LIST);
    for (String l : new String[] {"li", "dt", "dd"}) BY_NAME.put(l, LIST_ITEM);
    BY_NAME.put("table", TABLE);
    BY_NAME.put("tr", ROW);
    BY_NAME.put("td", CELL);
    BY_NAME.put("th", CELL);
    BY_NAME.put("blockquote", QUOTE);
    BY_NAME.put("pre", PRE);
    BY_NAME.put("figure", FIGURE);
    BY_NAME.put("figcaption", CAPTION);
    BY_NAME.put("caption", CAPTION);
    BY_NAME.put("header", HEADER);
    BY_NAME.put("footer", FOOTER);
    BY_NAME.put("aside", ASIDE);
    BY_NAME.put("form", FORM);
    for (String b :
        new String[] {
          "html",
          "thead",
          "tbody",
          "tfoot",
          "hr",
          "address",
          "fieldset",
          "legend",
          "details",
          "summary",
          "hgroup",
          "colgroup",
          "col"
        }) {
      BY_NAME.put(b, OTHER_BLOCK);
    }
  }

  static Tag of(String normalName) {
    return BY_NAME.getOrDefault(normalName, INLINE);
  }
}
