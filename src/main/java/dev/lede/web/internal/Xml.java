package dev.lede.web.internal;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin wrapper over the JDK's {@link XMLStreamWriter}: the writer escapes, and every text and
 * attribute value first goes through {@link Text#clean} so characters XML 1.0 forbids never reach
 * it.
 */
public final class Xml {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final StringWriter out = new StringWriter(4096);
  private final XMLStreamWriter w;

  public Xml() {
    try {
      w = FACTORY.createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot create XML writer", e);
    }
  }

  /** Opens an element, optionally in a namespace given by prefix (declared by the caller). */
  public Xml open(String name) {
    try {
      w.writeStartElement(name);
    } catch (XMLStreamException e) {
      throw fail(e);
    }
    return this;
  }

  public Xml open(String prefix, String namespace, String name) {
    try {
      w.writeStartElement(prefix, name, namespace);
    } catch (XMLStreamException e) {
      throw fail(e);
    }
    return this;
  }

  public Xml namespace(String prefix, String uri) {
    try {
      if (prefix.isEmpty()) {
        w.writeDefaultNamespace(uri);
      } else {
        w.writeNamespace(prefix, uri);
      }
    } catch (XMLStreamException e) {
      throw fail(e);
    }
    return this;
  }

  public Xml attr(String name, String value) {
    try {
      w.writeAttribute(name, Text.clean(value));
    } catch (XMLStreamException e) {
      throw fail(e);
    }
    return this;
  }

  public Xml text(String value) {
    try {
      w.writeCharacters(Text.clean(value));
    } catch (XMLStreamException e) {
      throw fail(e);
    }
    return this;
  }

  public Xml close() {
    try {
      w.writeEndElement();
    } catch (XMLStreamException e) {
      throw fail(e);
    }
    return this;
  }

  /** {@code <name>value</name>}. */
  public Xml element(String name, String value) {
    return open(name).text(value).close();
  }

  public Xml element(String prefix, String namespace, String name, String value) {
    return open(prefix, namespace, name).text(value).close();
  }

  /** An element with attributes and no content, e.g. {@code <link href="..."/>}. */
  public Xml empty(String name, String... attrs) {
    try {
      w.writeEmptyElement(name);
      for (int i = 0; i + 1 < attrs.length; i += 2) {
        w.writeAttribute(attrs[i], Text.clean(attrs[i + 1]));
      }
    } catch (XMLStreamException e) {
      throw fail(e);
    }
    return this;
  }

  public Xml emptyNs(String prefix, String namespace, String name, String... attrs) {
    try {
      w.writeEmptyElement(prefix, name, namespace);
      for (int i = 0; i + 1 < attrs.length; i += 2) {
        w.writeAttribute(attrs[i], Text.clean(attrs[i + 1]));
      }
    } catch (XMLStreamException e) {
      throw fail(e);
    }
    return this;
  }

  /** Ends the document and returns it. */
  public String finish() {
    try {
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw fail(e);
    }
    return out.toString() + "\n";
  }

  private static IllegalStateException fail(XMLStreamException e) {
    return new IllegalStateException("XML writer failed: " + e.getMessage(), e);
  }
}
