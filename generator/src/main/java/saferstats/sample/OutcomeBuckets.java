package saferstats.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Outcome events waiting for their month's outcomes file. A month's file holds every event that
 * happened in it, for crimes of that month or up to six months earlier.
 */
final class OutcomeBuckets {
  /** What one outcomes file held. */
  record Written(int rows, int orphans) {}

  private record Pending(Incident incident, OutcomeEvent event) {}

  private static final Comparator<Pending> FILE_ORDER =
      Comparator.comparing((Pending p) -> p.incident(), PoliceUkFormat.FILE_ORDER);

  private final YearMonth start;
  private final List<List<Pending>> buckets = new ArrayList<>();

  OutcomeBuckets(YearMonth start, int months) {
    this.start = start;
    for (int i = 0; i < months; i++) {
      buckets.add(new ArrayList<>());
    }
  }

  /** Files each crime's events (call before duplicates are added, so each crime counts once). */
  void collect(List<Incident> rows) {
    for (Incident inc : rows) {
      if (inc.outcome() == null || inc.id() == null || inc.variant()) {
        continue;
      }
      for (OutcomeEvent e : inc.outcome().events()) {
        long index = start.until(e.month(), ChronoUnit.MONTHS);
        if (index < buckets.size()) {
          buckets.get((int) index).add(new Pending(inc, e));
        }
      }
    }
  }

  /**
   * Writes month {@code m}'s file and frees its bucket; orphans are rows for crimes of the month
   * {@code noStreetFile}, which has no street file to join to.
   */
  Written write(YearMonth m, Path file, YearMonth noStreetFile) throws IOException {
    List<Pending> rows = drop(m);
    rows.sort(FILE_ORDER);
    int orphans = 0;
    try (CsvSink sink = CsvSink.open(file)) {
      sink.line(PoliceUkFormat.OUTCOMES_HEADER);
      for (Pending p : rows) {
        sink.line(PoliceUkFormat.outcomeRow(p.incident(), p.event(), PoliceUkFormat.MET));
        orphans += p.incident().month().equals(noStreetFile) ? 1 : 0;
      }
    }
    return new Written(rows.size(), orphans);
  }

  /** Drops month {@code m}'s events unwritten: its file is the one missing on purpose. */
  int discard(YearMonth m) {
    return drop(m).size();
  }

  /** Empties month {@code m}'s bucket and returns what it held. */
  private List<Pending> drop(YearMonth m) {
    int index = (int) start.until(m, ChronoUnit.MONTHS);
    List<Pending> rows = buckets.get(index);
    buckets.set(index, new ArrayList<>());
    return rows;
  }
}
