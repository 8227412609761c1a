package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import saferstats.model.FileLedger;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.SourceKind;

/**
 * The notes on a force's missing street months. A month whose street file was given but had every
 * row rejected is not a month with "no street file": the note names the file and why its rows were
 * rejected, so the reader fixes the file rather than looks for a download.
 */
final class StreetGaps {
  private StreetGaps() {}

  static List<String> of(ForceCoverage c, List<FileLedger> files) {
    Map<Month, List<FileLedger>> rejectedWhole = new TreeMap<>();
    for (FileLedger f : files) {
      if (f.kind() == SourceKind.POLICE_UK_STREET && f.everyRowRejected()) {
        f.namedMonth()
            .filter(c.missing()::contains)
            .ifPresent(m -> rejectedWhole.computeIfAbsent(m, k -> new ArrayList<>()).add(f));
      }
    }
    List<String> notes = new ArrayList<>();
    rejectedWhole.forEach((month, rejected) -> notes.add(rejected(c.force(), month, rejected)));
    List<Month> noFile = c.missing().stream().filter(m -> !rejectedWhole.containsKey(m)).toList();
    if (!noFile.isEmpty()) {
      notes.add(
          c.force()
              + " has no street file for "
              + Notes.months(noFile)
              + "; those months are missing (null), not zero.");
    }
    return notes;
  }

  private static String rejected(String force, Month month, List<FileLedger> files) {
    return force
        + " has no street rows for "
        + month
        + ": every row of "
        + String.join(
            " and ",
            files.stream()
                .map(f -> f.name() + " (" + String.join(", ", f.rejectedByReason().keySet()) + ")")
                .toList())
        + " was rejected, so that month is missing (null), not zero; saferstats inspect shows why.";
  }
}
