package dev.lede.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) as a library: HTML5 schema,
 * assertions and the checker's own rules. Loading the schemas takes a few seconds, so one instance
 * is shared.
 */
final class Html5Validator {

  private static Html5Validator instance;

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  private Html5Validator() throws Exception {
    validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
    validator.setUpValidatorAndParsers(collector, false, false);
  }

  static synchronized Html5Validator get() throws Exception {
    if (instance == null) {
      instance = new Html5Validator();
    }
    return instance;
  }

  /** Errors and warnings, each as "line:col: level: message". */
  record Report(List<String> errors, List<String> warnings) {}

  synchronized Report check(String html) throws Exception {
    collector.errors.clear();
    collector.warnings.clear();
    InputSource in = new InputSource(new StringReader(html));
    in.setEncoding("UTF-8");
    validator.checkHtmlInputSource(in);
    return new Report(List.copyOf(collector.errors), List.copyOf(collector.warnings));
  }

  synchronized Report checkCss(String css) throws Exception {
    collector.errors.clear();
    collector.warnings.clear();
    InputSource in = new InputSource(new StringReader(css));
    in.setEncoding("UTF-8");
    validator.checkCssInputSource(in);
    return new Report(List.copyOf(collector.errors), List.copyOf(collector.warnings));
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
