package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure's clause, as the reconciliation quotes it, keeps the words that belong to the amount.
 */
class FiguresClauseTest {
  @Test
  void aDozenKeepsItsArticle() {
    String s = "Officials said a dozen people were killed in the quake on Tuesday.";
    List<Figures.Figure> fs = Figures.in(s);
    assertThat(fs).isNotEmpty();
    Figures.Figure f = fs.get(0);
    assertThat(f.key()).endsWith("killed");
    assertThat(s.substring(f.start(), f.end())).startsWith("a dozen people were killed");
  }
}
