package dev.lede.model;

import java.util.List;

/**
 * A section of a written story under a subheading.
 *
 * @param heading the subheading
 * @param paragraphs paragraphs, each a list of sentences
 */
public record Section(String heading, List<List<WrittenSentence>> paragraphs) {
  public Section {
    paragraphs = paragraphs.stream().map(List::copyOf).toList();
  }
}
