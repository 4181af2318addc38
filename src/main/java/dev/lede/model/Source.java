package dev.lede.model;

import java.time.Instant;

/**
 * A source kept in the poll list ({@code lede sources add}).
 *
 * @param ref feed URL, article URL, file or folder path
 * @param addedAt when it was added
 */
public record Source(String ref, Instant addedAt) {}
