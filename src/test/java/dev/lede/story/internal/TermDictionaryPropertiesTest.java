package dev.lede.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class TermDictionaryPropertiesTest {

  @Property(tries = 200)
  void idsAreDenseStableAndAgreeWithAMap(
      @ForAll @Size(max = 3000) List<@StringLength(max = 6) String> strings) {
    TermDictionary dict = new TermDictionary();
    Map<String, Integer> expected = new HashMap<>();
    for (String s : strings) {
      int id = dict.id(s);
      Integer known = expected.putIfAbsent(s, expected.size());
      assertThat(id).isEqualTo(known == null ? expected.size() - 1 : known);
    }
    assertThat(dict.size()).isEqualTo(expected.size());
    expected.forEach(
        (s, id) -> {
          assertThat(dict.lookup(s)).isEqualTo(id);
          assertThat(dict.string(id)).isEqualTo(s);
        });
    assertThat(dict.lookup("\u0000never added")).isEqualTo(-1);
  }
}
