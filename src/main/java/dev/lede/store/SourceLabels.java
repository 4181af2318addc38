package dev.lede.store;

import java.util.Map;
import java.util.Optional;

/** A title and a category per source, as OPML files carry them. */
public interface SourceLabels {

  /** What a source is called and where it is filed. */
  record Label(Optional<String> title, Optional<String> category) {
    public static final Label NONE = new Label(Optional.empty(), Optional.empty());
  }

  void put(String ref, Label label);

  void remove(String ref);

  /** Every label, by ref. */
  Map<String, Label> all();
}
