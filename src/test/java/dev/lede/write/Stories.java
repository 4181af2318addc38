package dev.lede.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Small stories written for the writer's tests, plus the bundled Wikinews fixture. */
final class Stories {
  private Stories() {}

  static final String HARBOR_A =
      "A fire broke out at the Port of Tacoma warehouse on Tuesday night, destroying a storage"
          + " building and forcing the evacuation of nearby homes.\n\n"
          + "Fire chief Maria Lopez said 12 people were killed in the blaze and 30 were injured.\n\n"
          + "\"We have never seen a fire spread this fast in the harbor,\" Lopez said at a news"
          + " conference on Wednesday.\n\n"
          + "The warehouse stored chemicals used by shipping companies, according to port records.\n\n"
          + "Investigators will return to the site on Friday to look for the cause of the fire.";
  static final String HARBOR_B =
      "Firefighters battled a huge blaze at a warehouse in the Port of Tacoma on Tuesday night.\n\n"
          + "Officials said 15 people were killed when the roof of the storage building collapsed.\n\n"
          + "Port director James Chen said the warehouse had passed a safety inspection in 2021.\n\n"
          + "\"Our thoughts are with the families of the workers who died tonight,\" Chen told"
          + " reporters.\n\n"
          + "The port expects to reopen the damaged terminal next month after repairs.";
  static final String HARBOR_C =
      "The Port of Tacoma warehouse fire on Tuesday sent a column of black smoke over the city.\n\n"
          + "Residents of the Hilltop neighborhood were told to keep their windows closed until"
          + " Wednesday morning.\n\n"
          + "Governor Ann Patel announced an emergency fund of $2 million for the families of the"
          + " victims.\n\n"
          + "But the state labor department opened an inquiry into working conditions at the port.\n\n"
          + "He said the inquiry would take several weeks.";

  static List<WriterInput> harbor() {
    return List.of(
        WriterInput.of("tribune-1", "Tacoma Tribune", HARBOR_A),
        WriterInput.of("courier-7", "Sound Courier", HARBOR_B),
        WriterInput.of("daily-3", "Puget Daily", HARBOR_C));
  }

  static final String BACKGROUND_2019 =
      "A smaller fire damaged a different warehouse at the Port of Tacoma in 2019.\n\n"
          + "Nobody was hurt in that fire, and the building was repaired within a year.";

  static List<WriterInput> harborBackground() {
    return List.of(
        new WriterInput(
            "tribune-2019",
            Optional.of("Small fire at Tacoma port"),
            BACKGROUND_2019,
            "Tacoma Tribune",
            Optional.empty(),
            Optional.empty()));
  }

  /** The Wikinews GM bankruptcy articles (CC BY 2.5, see ATTRIBUTION.md), as JSON lines. */
  static String gmJsonLines() {
    try (InputStream in = Stories.class.getResourceAsStream("wikinews-gm-bankruptcy.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
