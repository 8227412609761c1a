package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import saferstats.ingest.FileLedger;
import saferstats.ingest.ForceCoverage;
import saferstats.ingest.IngestResult;
import saferstats.model.Month;
import saferstats.model.SourceKind;

/** Plain-English notes every command prints about its inputs and its area. */
public final class Notes {
  private Notes() {}

  public static List<String> forInputs(IngestResult ingest) {
    List<String> notes = new ArrayList<>();
    for (ForceCoverage c : ingest.coverage().values()) {
      if (!c.missing().isEmpty()) {
        notes.add(
            c.force()
                + " has no street file for "
                + months(c.missing())
                + "; those months are missing (null), not zero.");
      }
    }
    ingest
        .duplicatePartitions()
        .forEach(
            d ->
                notes.add(
                    d.key()
                        + " was supplied twice; the later input "
                        + d.usedInstead()
                        + " replaced "
                        + d.replaced()
                        + (d.identical() ? " (identical)." : " (the two differ).")));
    long rejected = ingest.files().stream().mapToLong(FileLedger::rejected).sum();
    if (rejected > 0) {
      notes.add(
          String.format(
              Locale.UK,
              "%,d rows were rejected and are not counted; saferstats inspect lists them.",
              rejected));
    }
    ingest.files().stream()
        .filter(f -> !f.kind().used())
        .forEach(f -> notes.add(f.name() + " is a " + f.kind().id() + " file: not used."));
    return notes;
  }

  public static List<String> forArea(IngestResult ingest, AreaContext area, boolean byForce) {
    List<String> notes = new ArrayList<>(forInputs(ingest));
    if (!byForce) {
      notes.add(
          "Rows with no location ("
              + noLocation(ingest)
              + " in all inputs) cannot be placed in "
              + area.area()
              + "; they count only in force-wide figures.");
    }
    notes.add(
        "Percentages are withheld where either count is under "
            + Comparison.SMALL_NUMBERS
            + " or a window has missing months.");
    return notes;
  }

  private static long noLocation(IngestResult ingest) {
    return ingest.files().stream()
        .filter(f -> f.kind() == SourceKind.POLICE_UK_STREET)
        .mapToLong(FileLedger::noLocation)
        .sum();
  }

  static String months(List<Month> months) {
    return months.stream().map(Month::toString).collect(Collectors.joining(", "));
  }
}
