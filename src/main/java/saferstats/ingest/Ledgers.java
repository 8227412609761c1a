package saferstats.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import saferstats.ingest.cache.ParseCache;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.Partition;
import saferstats.model.FileLedger;
import saferstats.model.ForceNames;
import saferstats.model.Month;

/** Builds each file's ledger once it is known which of its partitions survived. */
final class Ledgers {
  private Ledgers() {}

  /**
   * {@code live} says which partitions stand (the others were replaced by a later input); forces
   * are named as {@code names} shows them.
   */
  static List<FileLedger> of(
      List<ParseCache.Parsed> results, Predicate<Partition> live, ForceNames names) {
    List<FileLedger> ledgers = new ArrayList<>();
    for (ParseCache.Parsed p : results) {
      ledgers.add(ledger(p.result(), p.fromCache(), live, names));
    }
    return ledgers;
  }

  private static FileLedger ledger(
      FileResult r, boolean fromCache, Predicate<Partition> live, ForceNames names) {
    long kept = 0;
    long superseded = 0;
    long duplicateRows = 0;
    long sharedIds = 0;
    long idsUnderTwoTypes = 0;
    long noLocation = 0;
    long noPoint = 0;
    SortedSet<String> forces = new TreeSet<>();
    SortedSet<Month> months = new TreeSet<>();
    for (Partition p : r.partitions()) {
      forces.add(names.display(p.key().reportedBy()));
      months.add(p.key().month());
      duplicateRows += p.duplicateRows();
      if (live.test(p)) {
        kept += p.kept();
        sharedIds += p.sharedIds();
        idsUnderTwoTypes += p.idsUnderTwoTypes();
        noLocation += p.noLocation();
        noPoint += p.noPoint();
      } else {
        superseded += p.kept();
      }
    }
    if (r.records() != null) {
      r.records().forEach(row -> months.add(row.month()));
      kept = r.records().size();
    }
    if (r.mps() != null) {
      forces.add("Metropolitan Police Service");
      months.addAll(r.mps().layout().months());
      kept = r.mps().rows().size();
      duplicateRows += r.mps().duplicateRows();
    }
    if (r.dashboard() != null) {
      // Every row the reader did not reject is kept (the area is chosen later), so that
      // read = kept + rejected + duplicates holds for the dashboard as for the tables.
      forces.add("Metropolitan Police Service");
      r.dashboard().rows().forEach(row -> months.add(row.month()));
      kept = r.dashboard().rows().size();
    }
    return new FileLedger(
        r.name(),
        r.kind(),
        forces,
        months,
        r.read(),
        kept,
        r.rejected(),
        duplicateRows,
        superseded,
        sharedIds,
        idsUnderTwoTypes,
        noLocation,
        noPoint,
        r.rejectedByReason(),
        r.firstRejections(),
        r.notes(),
        fromCache);
  }
}
