package dev.lede.ingest.feed.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds an {@link XNode} tree either strictly (hardened SAX: DOCTYPEs refused, no external
 * entities or DTDs, secure processing) or leniently (jsoup's XML parser, namespaces resolved from
 * {@code xmlns} attributes here). Both cap the number of elements so a hostile document cannot
 * exhaust memory.
 */
public final class TreeBuilders {
  private TreeBuilders() {}

  /** Strict parse failed; the message says where and why. */
  public static final class NotWellFormed extends Exception {
    NotWellFormed(String message) {
      super(message, null, false, false);
    }
  }

  private static final SAXParserFactory FACTORY = hardenedFactory();

  private static SAXParserFactory hardenedFactory() {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(true);
    f.setValidating(false);
    f.setXIncludeAware(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    } catch (ParserConfigurationException | SAXException e) {
      // The JDK parser supports all of these; refusing to run unhardened is the safe failure.
      throw new IllegalStateException("XML parser cannot be hardened", e);
    }
    return f;
  }

  public static XNode strict(String text, int maxElements) throws NotWellFormed, ParseProblem {
    Handler h = new Handler(maxElements);
    try {
      SAXParser p;
      synchronized (FACTORY) { // factories are not specified to be thread-safe
        p = FACTORY.newSAXParser();
      }
      p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      p.parse(new InputSource(new StringReader(text)), h);
    } catch (TooLarge e) {
      throw new ParseProblem(e.getMessage());
    } catch (SAXParseException e) {
      throw new NotWellFormed(
          "not well-formed XML: "
              + e.getMessage()
              + " (line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ")");
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new NotWellFormed("not well-formed XML: " + e.getMessage());
    }
    if (h.root == null) {
      throw new NotWellFormed("not well-formed XML: no root element");
    }
    return h.root;
  }

  private static final class TooLarge extends SAXException {
    TooLarge(String m) {
      super(m);
    }
  }

  private static final class Handler extends DefaultHandler {
    final int maxElements;
    int count;
    XNode root;
    final Deque<XNode> stack = new ArrayDeque<>();
    final StringBuilder text = new StringBuilder();

    Handler(int maxElements) {
      this.maxElements = maxElements;
    }

    private void flush() {
      if (text.length() > 0 && !stack.isEmpty()) {
        stack.peek().addText(text.toString());
      }
      text.setLength(0);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if (++count > maxElements) {
        throw new TooLarge("too many elements (limit " + maxElements + ")");
      }
      flush();
      int colon = qName.indexOf(':');
      String prefix = colon > 0 ? qName.substring(0, colon) : "";
      String local = localName == null || localName.isEmpty() ? qName : localName;
      XNode node = new XNode(uri, prefix, local);
      for (int i = 0; i < atts.getLength(); i++) {
        String an = atts.getLocalName(i);
        if (an == null || an.isEmpty()) {
          an = atts.getQName(i);
        }
        node.putAttr(atts.getURI(i), an, atts.getValue(i));
      }
      if (stack.isEmpty()) {
        root = node;
      } else {
        stack.peek().add(node);
      }
      stack.push(node);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      flush();
      stack.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
      text.append(ch, start, length);
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      // Never fetch anything, even if a parser feature were to be ignored.
      return new InputSource(new StringReader(""));
    }
  }

  /** jsoup's forgiving XML parser; namespaces resolved from in-scope xmlns declarations. */
  public static XNode lenient(String text, int maxElements) throws ParseProblem {
    Document doc = Jsoup.parse(text, "", Parser.xmlParser());
    Element rootEl = null;
    for (Element e : doc.children()) {
      rootEl = e;
      break;
    }
    if (rootEl == null) {
      throw new ParseProblem("not a feed: no XML element found");
    }
    record Frame(Node src, XNode dst, Map<String, String> scope) {}
    int[] count = {0};
    XNode root = convert(rootEl, Map.of("xml", XNode.XML_NS), count);
    Deque<Frame> work = new ArrayDeque<>();
    work.push(new Frame(rootEl, root, scopeOf(rootEl, Map.of("xml", XNode.XML_NS))));
    while (!work.isEmpty()) {
      Frame f = work.pop();
      List<Frame> next = new ArrayList<>();
      for (Node child : f.src.childNodes()) {
        if (child instanceof TextNode t) {
          f.dst.addText(t.getWholeText());
        } else if (child instanceof Element e) {
          if (++count[0] > maxElements) {
            throw new ParseProblem("too many elements (limit " + maxElements + ")");
          }
          Map<String, String> scope = scopeOf(e, f.scope);
          XNode x = convert(e, scope, count);
          f.dst.add(x);
          next.add(new Frame(e, x, scope));
        }
      }
      for (int i = next.size() - 1; i >= 0; i--) {
        work.push(next.get(i));
      }
    }
    return root;
  }

  private static Map<String, String> scopeOf(Element e, Map<String, String> parent) {
    Map<String, String> scope = null;
    for (Attribute a : e.attributes()) {
      String k = a.getKey();
      if (k.equals("xmlns") || k.startsWith("xmlns:")) {
        if (scope == null) {
          scope = new HashMap<>(parent);
        }
        scope.put(k.equals("xmlns") ? "" : k.substring(6), a.getValue().strip());
      }
    }
    return scope == null ? parent : scope;
  }

  private static XNode convert(Element e, Map<String, String> scope, int[] count) {
    String name = e.tagName();
    int colon = name.indexOf(':');
    String prefix = colon > 0 ? name.substring(0, colon) : "";
    String local = colon > 0 ? name.substring(colon + 1) : name;
    XNode x = new XNode(scope.getOrDefault(prefix, ""), prefix, local);
    for (Attribute a : e.attributes()) {
      String k = a.getKey();
      if (k.equals("xmlns") || k.startsWith("xmlns:")) {
        continue;
      }
      int c = k.indexOf(':');
      if (c > 0) {
        String ap = k.substring(0, c);
        x.putAttr(scope.getOrDefault(ap, ap), k.substring(c + 1), a.getValue());
      } else {
        x.putAttr("", k, a.getValue());
      }
    }
    return x;
  }
}
