package dev.lede.store;

/** The store could not read or write; the message names what and why. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
