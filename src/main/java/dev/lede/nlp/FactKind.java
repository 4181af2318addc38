package dev.lede.nlp;

/** What sort of {@link Fact}. */
public enum FactKind {
  /** An amount of money: "$5.3 billion", "£ 0.79", "3억 원". */
  MONEY,
  /** A percentage: "3.5%", "24 percent". */
  PERCENT,
  /** A measured or counted amount: "12 people", "1,200 km", "3명". */
  QUANTITY,
  /** A date or day: "June 5, 2009", "Tuesday", "2009-06-05", "2008년 8월 27일". */
  DATE,
  /** A place named in the text. */
  PLACE
}
