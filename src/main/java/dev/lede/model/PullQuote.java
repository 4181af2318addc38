package dev.lede.model;

/**
 * A verbatim quote shown as a pull quote.
 *
 * @param text the quoted words, an exact substring of the source article
 * @param speaker who said it
 * @param outlet the outlet that reported it
 * @param article id of the source article
 */
public record PullQuote(String text, String speaker, String outlet, String article) {}
