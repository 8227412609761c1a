package saferstats.analysis;

import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import saferstats.model.InputKind;
import saferstats.model.Month;
import saferstats.model.ResourceCsv;

/** The known national series breaks shipped in {@code breaks.csv}, and which a priority meets. */
final class KnownBreaks {
  static final String RESOURCE = "/saferstats/breaks.csv";

  /** One break as the resource file gives it. */
  record Break(
      Month from,
      Month to,
      String input,
      List<String> fragments,
      String name,
      Cautions.Effect effect,
      String description) {
    /** Whether the break touches any of a priority's source categories from {@code source}. */
    boolean touches(InputKind source, java.util.Collection<String> categories) {
      if (!input.equals("*") && !input.equals(source.id())) {
        return false;
      }
      if (fragments.contains("*")) {
        return true;
      }
      return categories.stream()
          .map(c -> c.toLowerCase(Locale.ROOT))
          .anyMatch(c -> fragments.stream().anyMatch(c::contains));
    }
  }

  private final List<Break> breaks;

  KnownBreaks(List<Break> breaks) {
    this.breaks = List.copyOf(breaks);
  }

  /** The breaks shipped in the jar. */
  static KnownBreaks shipped() {
    return new KnownBreaks(ResourceCsv.read(RESOURCE).stream().map(KnownBreaks::parse).toList());
  }

  private static Break parse(CSVRecord r) {
    return new Break(
        month(r.get("from")),
        month(r.get("to")),
        r.get("input").trim(),
        java.util.Arrays.stream(r.get("categories").split(";"))
            .map(s -> s.trim().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .toList(),
        r.get("name").trim(),
        effect(r.get("effect").trim()),
        r.get("description").trim());
  }

  private static Cautions.Effect effect(String text) {
    return switch (text) {
      case "" -> null;
      case "lowers" -> Cautions.Effect.LOWERS;
      case "raises" -> Cautions.Effect.RAISES;
      default -> throw new IllegalStateException(RESOURCE + ": bad effect " + text);
    };
  }

  private static Month month(String text) {
    return Month.parse(text.trim())
        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": bad month " + text));
  }

  List<Break> all() {
    return breaks;
  }
}
