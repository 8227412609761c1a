package saferstats.stats;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg false discovery rate adjustment (step-up), as R's {@code p.adjust(p, "BH")}:
 * testing every grid cell at 0.05 would flag about one cell in twenty by chance alone.
 */
public final class BenjaminiHochberg {
  private BenjaminiHochberg() {}

  /**
   * The q-values in the order of {@code p}: with p sorted ascending, q(k) = min over j ≥ k of
   * p(j)·m / j, capped at 1. The running minimum from the largest p down keeps q monotone in p.
   */
  public static double[] adjust(double[] p) {
    int m = p.length;
    for (double v : p) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("p-values must be in [0, 1], got " + v);
      }
    }
    Integer[] order =
        IntStream.range(0, m)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> p[i]))
            .toArray(Integer[]::new);
    double[] q = new double[m];
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, p[i] * m / rank);
      q[i] = running;
    }
    return q;
  }
}
