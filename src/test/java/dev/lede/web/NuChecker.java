package dev.lede.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) as a library: HTML5 schema,
 * assertions and the checker's own rules. It runs inside {@link Html5Validator}'s own class loader
 * (it needs an older ICU4J than Lucene's), so it talks through JDK types only: {@code apply(kind,
 * text)} with kind "html" or "css" gives {@code [errors, warnings]}.
 */
public final class NuChecker implements BiFunction<String, String, List<List<String>>> {

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  public NuChecker() throws Exception {
    validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
    validator.setUpValidatorAndParsers(collector, false, false);
  }

  @Override
  public synchronized List<List<String>> apply(String kind, String text) {
    try {
      return switch (kind) {
        case "html" -> check(text);
        case "css" -> checkCss(text);
        default -> throw new IllegalArgumentException("kind must be html or css: " + kind);
      };
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("the Nu checker failed: " + e, e);
    }
  }

  private List<List<String>> check(String html) throws Exception {
    collector.errors.clear();
    collector.warnings.clear();
    InputSource in = new InputSource(new StringReader(html));
    in.setEncoding("UTF-8");
    validator.checkHtmlInputSource(in);
    return List.of(List.copyOf(collector.errors), List.copyOf(collector.warnings));
  }

  private List<List<String>> checkCss(String css) throws Exception {
    collector.errors.clear();
    collector.warnings.clear();
    InputSource in = new InputSource(new StringReader(css));
    in.setEncoding("UTF-8");
    validator.checkCssInputSource(in);
    return List.of(List.copyOf(collector.errors), List.copyOf(collector.warnings));
  }

  private static final class Collector implements ErrorHandler {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    private static String format(String level, SAXParseException e) {
      return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + level + ": " + e.getMessage();
    }

    @Override
    public void warning(SAXParseException e) {
      warnings.add(format("warning", e));
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(format("error", e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(format("fatal", e));
    }
  }
}
