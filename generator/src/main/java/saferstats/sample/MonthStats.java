package saferstats.sample;

import java.time.YearMonth;
import java.util.List;

/**
 * Counts of one sample month, for the README: Met street rows and their quirks, the outcomes file
 * and the BTP file. {@code metWritten} is false for the month left out on purpose.
 */
record MonthStats(
    YearMonth month,
    boolean metWritten,
    int rows,
    int asb,
    int noLocation,
    int emptyStreet,
    int sharedIds,
    int duplicates,
    int harrow,
    int brent,
    int barnet,
    int outcomeRows,
    int orphanOutcomes,
    int btpRows,
    int btpBlankIds) {

  /** Counts taken from the rows as written. */
  static MonthStats of(
      YearMonth m,
      boolean written,
      List<Incident> rows,
      QuirkInjector.Added added,
      OutcomeBuckets.Written outcomes,
      List<Incident> btp) {
    int[] c = count(rows);
    int btpBlank = (int) btp.stream().filter(i -> i.id() == null).count();
    return new MonthStats(
        m,
        written,
        rows.size(),
        c[0],
        c[1],
        c[2],
        added.sharedIds(),
        added.duplicates(),
        c[3],
        c[4],
        c[5],
        outcomes.rows(),
        outcomes.orphans(),
        btp.size(),
        btpBlank);
  }

  /** {ASB, no location, empty street, Harrow, Brent, Barnet} row counts. */
  private static int[] count(List<Incident> rows) {
    int[] c = new int[6];
    for (Incident inc : rows) {
      c[0] += inc.type().isAsb() ? 1 : 0;
      if (inc.place() == null) {
        c[1]++;
        continue;
      }
      c[2] += inc.emptyStreet() ? 1 : 0;
      String lad = inc.place().lsoa().ladCode();
      c[3] += lad.equals(BoroughExtents.HARROW) ? 1 : 0;
      c[4] += lad.equals(BoroughExtents.BRENT) ? 1 : 0;
      c[5] += lad.equals(BoroughExtents.BARNET) ? 1 : 0;
    }
    return c;
  }
}
