/**
 * What the SQL stores ({@code store.sqlite}, {@code store.postgres}) share: the layout of article
 * and fetch-state rows. An adapter package: only the stores use it.
 */
package dev.lede.store.jdbc;
