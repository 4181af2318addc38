package dev.lede.nlp;

/** What a named entity is. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE,
  /** A capitalised name with no person, organisation or place cue: products, events, laws. */
  OTHER
}
