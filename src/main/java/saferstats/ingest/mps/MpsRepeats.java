package saferstats.ingest.mps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import saferstats.ingest.csv.RejectionLog;
import saferstats.model.Month;
import saferstats.model.MpsCategories;
import saferstats.model.Names;
import saferstats.model.Rejection;
import saferstats.mps.MpsRow;

/**
 * The rows of one MPS table, a row repeating an earlier one's area and category never added. A
 * repeat with the same counts is the row again: counted once, and noted as a repeat, since none of
 * its cells is missing. A repeat whose counts differ leaves the months where they differ missing,
 * each a cell that could not be counted.
 */
final class MpsRepeats {
  static final String DUPLICATE_ROW = "duplicated row";

  private final String file;
  private final RejectionLog cellIssues;
  private final Map<List<String>, MpsRow> rows = new LinkedHashMap<>();
  private long repeats;
  private long identical;
  private long firstIdentical;

  MpsRepeats(String file, RejectionLog cellIssues) {
    this.file = file;
    this.cellIssues = cellIssues;
  }

  void add(MpsBlankKeys.Read r) {
    List<String> key = key(r);
    MpsRow earlier = rows.get(key);
    if (earlier == null) {
      rows.put(key, r.row());
    } else {
      repeats++;
      rows.put(key, reconcile(r.line(), earlier, r.row()));
    }
  }

  List<MpsRow> rows() {
    return List.copyOf(rows.values());
  }

  /** Rows repeating an earlier row's area and category (not kept). */
  long count() {
    return repeats;
  }

  /**
   * A row's identity is its area, borough and category as published, case and spaces aside: two
   * published minors that map to one canonical category (a release renaming "Burglary in a
   * Dwelling" mid-way), or one ward under two borough values (Heathrow Villages under Hillingdon
   * and Aviation Security), are both counted; a borough's category again under another spelling of
   * its name ("HARROW" for "Harrow") is the row repeated, as a table has one row per borough and
   * category, so it is reconciled, never added.
   */
  private static List<String> key(MpsBlankKeys.Read r) {
    return List.of(
        Names.fold(r.row().areaCode()),
        MpsCategories.norm(r.row().borough()),
        MpsCategories.norm(r.major()),
        MpsCategories.norm(r.minor()));
  }

  /**
   * A second row for the same area and category is never added: where the two agree the month
   * stands, where they differ it is missing.
   */
  private MpsRow reconcile(long line, MpsRow earlier, MpsRow later) {
    Long[] counts = earlier.counts().clone();
    List<Month> differ = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == null || !counts[i].equals(later.counts()[i])) {
        if (counts[i] != null || later.counts()[i] != null) {
          differ.add(earlier.months().get(i));
        }
        counts[i] = null;
      }
    }
    if (differ.isEmpty()) {
      if (identical++ == 0) {
        firstIdentical = line;
      }
      return earlier;
    }
    cellIssues.add(
        new Rejection(
            file,
            line,
            DUPLICATE_ROW,
            later.category()
                + " for "
                + later.areaName()
                + " again; not added; months where they differ missing: "
                + differ));
    return new MpsRow(
        earlier.level(),
        earlier.areaCode(),
        earlier.areaName(),
        earlier.borough(),
        earlier.category(),
        earlier.months(),
        counts);
  }

  /** Identical repeats lose nothing, but say the table is not as published. */
  List<String> notes() {
    if (identical == 0) {
      return List.of();
    }
    return List.of(
        String.format(
            Locale.UK,
            "%s: %,d %s an earlier row exactly (the first at line %d); each row was counted once.",
            file,
            identical,
            identical == 1 ? "row repeats" : "rows repeat",
            firstIdentical));
  }
}
