/**
 * The writer: one grounded multi-source article per story, every sentence carrying its source
 * quotes.
 */
package dev.lede.write;
