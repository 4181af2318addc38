package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DescriptionsTest {
  @Test
  void theRecordKeepsItsOwnCopiesOfTheMapsItIsBuiltFrom() {
    Set<String> names = new HashSet<>(Set.of("orozco"));
    Map<String, Set<String>> byNoun = new HashMap<>(Map.of("parole", names));
    Descriptions d = new Descriptions(byNoun, new HashMap<>());
    names.add("ortiz");
    byNoun.put("member", Set.of("lopez"));
    assertThat(d.byNoun()).containsOnlyKeys("parole");
    assertThat(d.byNoun().get("parole")).containsExactly("orozco");
    assertThatThrownBy(() -> d.byAge().put("27", Set.of("orozco")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
