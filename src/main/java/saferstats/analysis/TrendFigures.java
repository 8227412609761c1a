package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;
import saferstats.stats.TrendDirection;

/**
 * Mann–Kendall trend test and Sen's slope over the last 36 months (SPEC 4.2).
 *
 * @param n months with data the test ran over
 * @param of months in the span (36, or fewer when the data start later)
 * @param missing months of the span with no data, left out of the test (never zero)
 */
public record TrendFigures(
    String test,
    int n,
    int of,
    List<Month> missing,
    long s,
    double tau,
    double p,
    double senSlope,
    TrendDirection direction) {
  public static final String TEST = "mann-kendall";
}
