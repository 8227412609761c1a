package saferstats.ingest;

import java.util.List;
import saferstats.model.Month;

/** The months a force published street files for, and the gaps between its first and last. */
public record ForceCoverage(
    String force, Month first, Month last, int present, List<Month> missing) {
  public boolean covers(Month m) {
    return !m.isBefore(first) && !m.isAfter(last) && !missing.contains(m);
  }
}
