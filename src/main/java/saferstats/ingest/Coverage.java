package saferstats.ingest;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import saferstats.ingest.result.Partition;
import saferstats.model.ForceCoverage;
import saferstats.model.ForceNames;
import saferstats.model.Month;
import saferstats.model.SourceKind;

/** Works out, per reporting force, the months it has street files for and the missing ones. */
final class Coverage {
  private Coverage() {}

  /** Each force under the spelling {@code names} shows, and found by any spelling. */
  static Map<String, ForceCoverage> of(List<Partition> survivors, ForceNames names) {
    Map<String, SortedSet<Month>> months = new TreeMap<>(ForceNames.ORDER);
    for (Partition p : survivors) {
      if (p.key().kind() == SourceKind.POLICE_UK_STREET) {
        months
            .computeIfAbsent(names.display(p.key().reportedBy()), f -> new TreeSet<>())
            .add(p.key().month());
      }
    }
    Map<String, ForceCoverage> coverage = new TreeMap<>(ForceNames.ORDER);
    months.forEach((force, present) -> coverage.put(force, ForceCoverage.of(force, present)));
    return coverage;
  }
}
