package saferstats.geo;

import java.util.Arrays;

/**
 * Finds the points of an area that cannot be where its crimes are: a latitude and longitude given
 * the wrong way round (which projects to the sea off Africa, thousands of kilometres away), or a
 * council system's "unknown" written as easting 0, northing 0 (off the Isles of Scilly). One such
 * point would stretch the grid over half the country. The rule, stated in every output that sets a
 * point aside:
 *
 * <ol>
 *   <li>a point with no finite coordinates, or at exactly easting 0 and northing 0, is unknown;
 *   <li>otherwise a point is far away when it lies more than {@code max(50 km, 8 × d50)} from the
 *       median point (median easting, median northing) of the points rule 1 left, where d50 is the
 *       median distance of those points from that median point.
 * </ol>
 *
 * <p>Medians, not means, so a handful of wild points cannot move the centre or the spread: up to
 * half the points could be wrong before the rule stops working. Why these numbers: points spread
 * over a disc lie at most about 1.4 × d50 from its centre, over a long strip about 2 ×, and a force
 * whose crimes sit mostly in its towns with a remote island (Devon and Cornwall with the Isles of
 * Scilly) about 4 ×: 8 × leaves a margin of two on that. The 50 km floor covers places where d50 is
 * tiny: a London borough (about 50 km², 8 km across) or a force whose points all sit in one town
 * centre keep every point within 50 km, and a force of 1,500 km² (about 45 km across, d50 near 12
 * km) keeps every point within about 100 km. A swapped pair lies thousands of km out and 0,0 lies
 * 530 km from London, so both are set aside everywhere but in the far south-west, where 0,0 is only
 * caught by rule 1.
 */
public final class FarPoints {
  /** The smallest distance from the median point at which a point can be set aside, metres. */
  public static final double FLOOR_METRES = 50_000;

  /** Multiple of the median distance beyond which a point is set aside. */
  public static final double TIMES_MEDIAN = 8;

  /** The rule in words, for the output's note. */
  public static final String RULE =
      "easting and northing are both 0 (an \"unknown\"), or it lies more than the greater of 50 km"
          + " and 8 times the points' median distance from their median point (median easting,"
          + " median northing)";

  /**
   * The outcome.
   *
   * @param far per input point, true when it is set aside
   * @param unknown points set aside by rule 1 (0,0 or not finite)
   * @param distant points set aside by rule 2
   * @param limitMetres the distance rule 2 applied (NaN when fewer than one point was left for it)
   */
  public record Result(boolean[] far, int unknown, int distant, double limitMetres) {
    public int count() {
      return unknown + distant;
    }
  }

  private FarPoints() {}

  /** Applies the rule to the points flagged in {@code use}; points not in use are never far. */
  public static Result find(double[] east, double[] north, boolean[] use) {
    boolean[] far = new boolean[east.length];
    int unknown = 0;
    for (int i = 0; i < east.length; i++) {
      if (use[i] && isUnknown(east[i], north[i])) {
        far[i] = true;
        unknown++;
      }
    }
    double[] e = kept(east, use, far);
    if (e.length == 0) {
      return new Result(far, unknown, 0, Double.NaN);
    }
    double centreE = median(e);
    double centreN = median(kept(north, use, far));
    double[] d = new double[e.length];
    int k = 0;
    for (int i = 0; i < east.length; i++) {
      if (use[i] && !far[i]) {
        d[k++] = Math.hypot(east[i] - centreE, north[i] - centreN);
      }
    }
    double limit = Math.max(FLOOR_METRES, TIMES_MEDIAN * median(d));
    int distant = 0;
    for (int i = 0; i < east.length; i++) {
      if (use[i] && !far[i] && Math.hypot(east[i] - centreE, north[i] - centreN) > limit) {
        far[i] = true;
        distant++;
      }
    }
    return new Result(far, unknown, distant, limit);
  }

  private static boolean isUnknown(double e, double n) {
    return !Double.isFinite(e) || !Double.isFinite(n) || (e == 0 && n == 0);
  }

  private static double[] kept(double[] v, boolean[] use, boolean[] far) {
    double[] out = new double[v.length];
    int k = 0;
    for (int i = 0; i < v.length; i++) {
      if (use[i] && !far[i]) {
        out[k++] = v[i];
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** The median; for an even count, the mean of the two middle values. */
  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
}
