package dev.lede.write.llm.internal;

import dev.lede.model.Section;
import dev.lede.model.WrittenSentence;
import dev.lede.write.StoryPlan;
import dev.lede.write.internal.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the story's lede and sections from a vetted reply, part by part. A part (the lede, or one
 * section) is the model's when at least half of the sentences it sent there were kept and at least
 * one was; otherwise that part is the offline plan's. Headings are always the plan's: they are not
 * sentences the checker can vouch for, and they carry the keyphrase balance the SEO checks want.
 * The lede keeps at most {@value #LEDE_SENTENCES} sentences and {@value #LEDE_WORDS} words.
 * Sections beyond the plan's are ignored.
 */
public final class Merger {
  public static final int LEDE_SENTENCES = 3;
  public static final int LEDE_WORDS = 60;

  private Merger() {}

  /**
   * The merged parts.
   *
   * @param lede the lede to publish
   * @param sections the sections to publish
   * @param modelParts how many parts are the model's
   * @param parts how many parts there are (1 + the plan's sections)
   * @param sent sentences the model sent for those parts
   * @param kept sentences kept
   * @param notes what was dropped or fell back, and why
   */
  public record Merged(
      List<WrittenSentence> lede,
      List<Section> sections,
      int modelParts,
      int parts,
      int sent,
      int kept,
      List<String> notes) {
    public Merged {
      lede = List.copyOf(lede);
      sections = List.copyOf(sections);
      notes = List.copyOf(notes);
    }
  }

  /** Merges {@code reply} into {@code plan}, vetting every sentence with {@code vetter}. */
  public static Merged merge(StoryPlan plan, Reply reply, Vetter vetter) {
    List<String> notes = new ArrayList<>(reply.notes());
    int sent = 0;
    int kept = 0;
    int modelParts = 0;

    List<WrittenSentence> ledeKept = new ArrayList<>();
    for (Reply.Item item : reply.lede()) {
      vet(item, vetter, notes).ifPresent(ledeKept::add);
    }
    sent += reply.lede().size();
    kept += ledeKept.size();
    List<WrittenSentence> lede = fitLede(ledeKept, notes);
    Optional<String> ledeVerdict = partVerdict("lede", reply.lede().size(), ledeKept.size());
    if (ledeVerdict.isEmpty() && lede.isEmpty()) {
      ledeVerdict = Optional.of("lede: no kept model sentence fits in " + LEDE_WORDS + " words");
    }
    if (ledeVerdict.isEmpty()) {
      modelParts++;
    } else {
      notes.add(ledeVerdict.get() + "; kept the offline lede");
      lede = plan.lede();
    }

    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < plan.sections().size(); i++) {
      Section planned = plan.sections().get(i);
      String name = "section " + (i + 1);
      if (i >= reply.sections().size()) {
        notes.add(name + ": the model sent none; kept the offline section");
        sections.add(planned);
        continue;
      }
      Reply.Part part = reply.sections().get(i);
      if (part.malformed().isPresent()) {
        notes.add(part.malformed().get() + "; kept the offline section");
        sections.add(planned);
        continue;
      }
      List<List<WrittenSentence>> paragraphs = new ArrayList<>();
      int partSent = 0;
      int partKept = 0;
      for (List<Reply.Item> p : part.paragraphs()) {
        List<WrittenSentence> out = new ArrayList<>();
        for (Reply.Item item : p) {
          vet(item, vetter, notes).ifPresent(out::add);
        }
        partSent += p.size();
        partKept += out.size();
        if (!out.isEmpty()) {
          paragraphs.add(out);
        }
      }
      sent += partSent;
      kept += partKept;
      Optional<String> verdict = partVerdict(name, partSent, partKept);
      if (verdict.isEmpty()) {
        modelParts++;
        sections.add(new Section(planned.heading(), paragraphs));
      } else {
        notes.add(verdict.get() + "; kept the offline section");
        sections.add(planned);
      }
    }
    if (reply.sections().size() > plan.sections().size()) {
      notes.add(
          "ignored "
              + (reply.sections().size() - plan.sections().size())
              + " section(s) beyond the "
              + plan.sections().size()
              + " of the outline");
    }
    return new Merged(lede, sections, modelParts, 1 + plan.sections().size(), sent, kept, notes);
  }

  /** Why the part may not be the model's, or empty when it may. */
  private static Optional<String> partVerdict(String name, int sent, int kept) {
    if (sent == 0) {
      return Optional.of(name + ": the model sent no sentences");
    }
    if (kept == 0 || kept * 2 < sent) {
      return Optional.of(
          name + ": only " + kept + " of " + sent + " model sentences are supported");
    }
    return Optional.empty();
  }

  private static Optional<WrittenSentence> vet(Reply.Item item, Vetter vetter, List<String> notes) {
    Vetter.Verdict v = vetter.vet(item);
    if (v instanceof Vetter.Kept k) {
      return Optional.of(k.sentence());
    }
    String text = item.text().isEmpty() ? "" : " " + Text.quoted(item.text());
    notes.add("dropped " + item.where() + text + ": " + ((Vetter.Dropped) v).why());
    return Optional.empty();
  }

  /** The kept lede sentences, in order, within the sentence and word limits. */
  private static List<WrittenSentence> fitLede(List<WrittenSentence> kept, List<String> notes) {
    List<WrittenSentence> out = new ArrayList<>();
    int words = 0;
    for (WrittenSentence s : kept) {
      int w = Words.count(s.text());
      if (out.size() == LEDE_SENTENCES || words + w > LEDE_WORDS) {
        notes.add(
            "left out of the lede "
                + Text.quoted(s.text())
                + ": the lede holds at most "
                + LEDE_SENTENCES
                + " sentences and "
                + LEDE_WORDS
                + " words");
        continue;
      }
      out.add(s);
      words += w;
    }
    return out;
  }
}
