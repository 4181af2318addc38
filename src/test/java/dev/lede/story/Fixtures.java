package dev.lede.story;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Hand-written articles: two earthquakes (same kind of event, different places and numbers). */
final class Fixtures {
  private Fixtures() {}

  static final List<StoryInput> PERU =
      List.of(
          StoryInput.of(
              "peru-1",
              "Magnitude 7.5 earthquake shakes northern Peru",
              "A magnitude 7.5 earthquake struck the Loreto region of northern Peru early on Sunday,"
                  + " May 26, 2019, killing two people and injuring at least 30, officials said.\n"
                  + "The quake was centred 75 kilometres south-east of Lagunas at a depth of 110"
                  + " kilometres, the U.S. Geological Survey said. Buildings collapsed in Yurimaguas,"
                  + " where rescue teams searched the rubble. President Martin Vizcarra flew to the"
                  + " area."),
          StoryInput.of(
              "peru-2",
              "Deadly quake hits Peru's Amazon",
              "Two people died and dozens were hurt when a powerful 7.5 magnitude earthquake hit"
                  + " Peru's Amazon region on May 26. The epicentre was near Lagunas in Loreto,"
                  + " according to the U.S. Geological Survey. In Yurimaguas, houses and a church"
                  + " were damaged and power was cut.\nPresident Martin Vizcarra said emergency teams"
                  + " were on their way to Loreto."),
          StoryInput.of(
              "peru-3",
              "Peru counts damage after 7.5 earthquake",
              "Officials in Peru were assessing damage on Monday after the magnitude 7.5 quake that"
                  + " struck Loreto on Sunday, May 26, 2019. The death toll stood at two, with 30"
                  + " injured. Roads near Yurimaguas and Lagunas were blocked by landslides.\nThe"
                  + " U.S. Geological Survey said aftershocks were likely. Martin Vizcarra declared an"
                  + " emergency in the region."));

  static final List<StoryInput> TURKEY =
      List.of(
          StoryInput.of(
              "turkey-1",
              "Quake in eastern Turkey leaves 41 dead",
              "Rescue workers in Elazig dug through collapsed apartment blocks through the night"
                  + " after a 6.8-magnitude earthquake on Friday, January 24, 2020, left at least 41"
                  + " people dead.\nThe tremor, centred on the town of Sivrice, was felt as far away"
                  + " as Syria and Iran. Turkey's disaster agency AFAD said more than 1,600 people"
                  + " were injured."),
          StoryInput.of(
              "turkey-2",
              "Erdogan visits Elazig as quake toll reaches 41",
              "President Recep Tayyip Erdogan toured the devastated province of Elazig on Saturday,"
                  + " a day after the magnitude 6.8 tremor near Sivrice. The AFAD disaster agency put"
                  + " the death toll at 41.\nThousands of residents spent a freezing night outdoors"
                  + " in Elazig and neighbouring Malatya, fearing aftershocks."),
          StoryInput.of(
              "turkey-3",
              "Woman pulled alive from Elazig rubble",
              "A woman and her two-year-old daughter were rescued from the rubble of a building in"
                  + " Elazig, 28 hours after Friday's earthquake, which killed 41 people across eastern"
                  + " Turkey.\nAFAD said 45 people had been pulled alive from collapsed buildings in"
                  + " Elazig and Malatya since the 6.8 quake struck near Sivrice on January 24."));

  /** Articles interleaved so neither event arrives all at once. */
  static List<StoryInput> interleaved() {
    return List.of(
        PERU.get(0), TURKEY.get(0), PERU.get(1), TURKEY.get(1), PERU.get(2), TURKEY.get(2));
  }

  /** Unrelated filler, so the collection is not only earthquakes. */
  static final List<StoryInput> FILLER =
      List.of(
          StoryInput.of(
              "filler-1",
              "Central bank holds rates",
              "The central bank kept its benchmark interest rate unchanged on Thursday, citing"
                  + " slowing inflation and a weak labour market."),
          StoryInput.of(
              "filler-2",
              "City marathon draws record field",
              "More than 40,000 runners took part in the city marathon on Sunday, a record, as"
                  + " organisers praised the cool weather."),
          StoryInput.of(
              "filler-3",
              "New library opens downtown",
              "The new public library opened its doors downtown with a children's wing, a maker"
                  + " space and late opening hours."));

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
