package dev.lede.web;

/** What an entity page is about. */
public enum EntityKind {
  PERSON("Person"),
  ORGANIZATION("Organisation"),
  PLACE("Place"),
  OTHER("Topic");

  private final String label;

  EntityKind(String label) {
    this.label = label;
  }

  /** A reader-facing label, e.g. "Organisation". */
  public String label() {
    return label;
  }
}
