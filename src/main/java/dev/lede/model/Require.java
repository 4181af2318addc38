package dev.lede.model;

/**
 * Fail-fast checks for records' compact constructors, one line for many fields: {@code
 * Require.nonNull("id url title", id, url, title)} throws the {@link NullPointerException} that
 * {@code Objects.requireNonNull(url, "url")} would, naming the first null field.
 */
public final class Require {
  private Require() {}

  /**
   * Throws a {@link NullPointerException} with the field's name as its message for the first null
   * value; {@code names} are the values' names, separated by spaces, in order.
   */
  public static void nonNull(String names, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NullPointerException(names.split(" ")[i]);
      }
    }
  }
}
