package saferstats.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Getis–Ord Gi* on a regular grid (SPEC 4.4): for each cell, a z-score of the sum over itself and
 * its up to 8 neighbours (binary weights) against what the whole grid's mean would give, and its
 * two-sided normal p-value. Neighbours come from row and column arithmetic, so the work is 9 reads
 * per cell however large the grid.
 */
public final class GetisOrd {
  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

  private GetisOrd() {}

  /** Either the scores for every cell or the reason there are none. */
  public sealed interface Result permits Scores, Undefined {}

  /** Gi* z-score and two-sided p per cell, in the grid's row-major order. */
  public record Scores(double[] z, double[] p) implements Result {}

  /** Why Gi* has no value for this grid. */
  public record Undefined(String reason) implements Result {}

  /**
   * Gi* = (Σ_j w_ij x_j − X̄ Σ_j w_ij) / (S · sqrt((n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1))) with X̄
   * = Σx/n and S = sqrt(Σx²/n − X̄²) over all n cells, empty ones included. Undefined when every
   * cell holds the same count (S = 0), and on grids no larger than 3×3, where some cell's
   * neighbourhood is the whole grid and its denominator is 0.
   *
   * @param counts row-major, {@code rows × cols} long
   */
  public static Result giStar(long[] counts, int rows, int cols) {
    if (rows < 1 || cols < 1 || counts.length != (long) rows * cols) {
      throw new IllegalArgumentException(
          "a "
              + rows
              + "×"
              + cols
              + " grid needs "
              + (long) rows * cols
              + " counts, got "
              + counts.length);
    }
    if (rows <= 3 && cols <= 3) {
      return new Undefined(
          "the grid is only " + rows + "×" + cols + " cells: a cell's neighbourhood is all of it");
    }
    if (allEqual(counts)) {
      return new Undefined("every cell holds " + counts[0] + ": there is no variation to test");
    }
    int n = counts.length;
    double sum = 0;
    double sumSquares = 0;
    for (long c : counts) {
      sum += c;
      sumSquares += (double) c * c;
    }
    double mean = sum / n;
    double s = Math.sqrt(sumSquares / n - mean * mean);
    double[] z = new double[n];
    double[] p = new double[n];
    long[] local = neighbourhoodSums(counts, rows, cols);
    for (int i = 0; i < n; i++) {
      // Binary weights: Σ w_ij² = Σ w_ij = the number of cells in the window.
      int weights = neighbourhood(i, rows, cols).length;
      double spread = Math.sqrt(((double) n * weights - (double) weights * weights) / (n - 1));
      z[i] = (local[i] - mean * weights) / (s * spread);
      p[i] = 2 * STANDARD.survivalProbability(Math.abs(z[i]));
    }
    return new Scores(z, p);
  }

  /**
   * The cells Gi* sums for cell {@code i}: the cell itself and its up to 8 neighbours (fewer at the
   * edge), row-major order.
   */
  public static int[] neighbourhood(int i, int rows, int cols) {
    int r = i / cols;
    int c = i % cols;
    int r0 = Math.max(0, r - 1);
    int r1 = Math.min(rows - 1, r + 1);
    int c0 = Math.max(0, c - 1);
    int c1 = Math.min(cols - 1, c + 1);
    int[] out = new int[(r1 - r0 + 1) * (c1 - c0 + 1)];
    int k = 0;
    for (int rr = r0; rr <= r1; rr++) {
      for (int cc = c0; cc <= c1; cc++) {
        out[k++] = rr * cols + cc;
      }
    }
    return out;
  }

  /**
   * Per cell, the neighbourhood sum Gi* tests (Σ_j w_ij x_j): its own count and its neighbours'.
   */
  public static long[] neighbourhoodSums(long[] counts, int rows, int cols) {
    long[] out = new long[counts.length];
    for (int i = 0; i < counts.length; i++) {
      for (int j : neighbourhood(i, rows, cols)) {
        out[i] += counts[j];
      }
    }
    return out;
  }

  /**
   * Confidence bin of a cell as ArcGIS's Gi_Bin: ±3 when p &lt; 0.01 (99 %), ±2 when p &lt; 0.05,
   * ±1 when p &lt; 0.10, else 0; the sign is that of z.
   */
  public static int bin(double z, double p) {
    int level = p < 0.01 ? 3 : p < 0.05 ? 2 : p < 0.10 ? 1 : 0;
    return (int) Math.signum(z) * level;
  }

  private static boolean allEqual(long[] counts) {
    for (long c : counts) {
      if (c < 0) {
        throw new IllegalArgumentException("counts cannot be negative, got " + c);
      }
      if (c != counts[0]) {
        return false;
      }
    }
    return true;
  }
}
