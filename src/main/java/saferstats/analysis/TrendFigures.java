package saferstats.analysis;

/** Mann–Kendall trend test and Sen's slope over the last 36 months (SPEC 4.2). */
public record TrendFigures(
    String test, int n, long s, double tau, double p, double senSlope, String direction) {
  public static final String TEST = "mann-kendall";
}
