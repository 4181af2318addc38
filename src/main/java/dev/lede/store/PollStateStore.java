package dev.lede.store;

import dev.lede.model.PollState;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Each source's poll schedule ({@link PollState}); kept across restarts. */
public interface PollStateStore {
  void put(PollState s);

  Optional<PollState> get(String ref);

  /** Every stored state, by ref. */
  Map<String, PollState> all();

  void remove(String ref);

  /** Articles stored from each source ref since {@code since}, by ref (fetch time). */
  Map<String, Long> articlesSince(Instant since);
}
