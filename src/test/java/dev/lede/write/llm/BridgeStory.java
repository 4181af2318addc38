package dev.lede.write.llm;

import dev.lede.write.WriterInput;
import java.util.List;

/** A three-outlet story written for these tests (no real event). */
final class BridgeStory {
  private BridgeStory() {}

  static final String HERALD =
      "A highway bridge over the Cedar River collapsed on Monday morning in Riverside, sending 14"
          + " vehicles into the water.\n\n"
          + "Rescue crews pulled 23 people from the river, and 6 people were killed, fire chief Dana"
          + " Ortiz said.\n\n"
          + "\"We have not found any more survivors since noon,\" Ortiz told reporters on Monday"
          + " evening.\n\n"
          + "The bridge, built in 1968, had been rated structurally deficient in a 2019 state"
          + " inspection.\n\n"
          + "The National Transportation Safety Board said it would send a team of investigators on"
          + " Tuesday.";
  static final String WIRE =
      "Six people died when the Cedar River bridge in Riverside gave way during the Monday morning"
          + " rush hour.\n\n"
          + "Governor Helen Marsh declared a state of emergency for Riverside County and promised"
          + " $40 million for repairs.\n\n"
          + "\"This bridge carried 30,000 cars a day, and it should never have failed,\" Marsh"
          + " said.\n\n"
          + "Detours will add about 25 minutes to commutes until a temporary crossing opens in"
          + " March.";
  static final String DAILY =
      "The collapse of the Cedar River bridge on Monday closed the main route between Riverside and"
          + " the state capital.\n\n"
          + "Witness Tom Alvarez said the deck shook for several seconds before it fell into the"
          + " river.\n\n"
          + "Local schools will stay closed on Tuesday while police divert traffic through the city"
          + " center.\n\n"
          + "The state transportation department said the bridge had been scheduled for repairs"
          + " next year.";

  static List<WriterInput> articles() {
    return List.of(
        WriterInput.of("herald-1", "Valley Herald", HERALD),
        WriterInput.of("wire-2", "State Wire", WIRE),
        WriterInput.of("daily-3", "Riverside Daily", DAILY));
  }
}
