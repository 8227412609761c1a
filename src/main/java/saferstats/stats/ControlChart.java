package saferstats.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * XmR control chart as in NHS "Making Data Count": centre = mean, limits = mean ± 2.66 × mean
 * moving range (lower not below 0), and three rules, each listing the indices it flags (SPEC 4.2).
 */
public final class ControlChart {
  /** The XmR constant 3 / d2 with d2 = 1.128 for moving ranges of two. */
  public static final double SCALING = 2.66;

  /** A run must hold this many points to signal (rules 2 and 3). */
  public static final int RUN = 7;

  private ControlChart() {}

  /** One rule's signal and the indices it flags. */
  public record Signal(int rule, int[] indices) {}

  /** The chart. */
  public record Result(
      double mean, double meanMovingRange, double lcl, double ucl, List<Signal> signals) {}

  public static Result xmr(double[] x) {
    if (x.length < 2) {
      throw new IllegalArgumentException("an XmR chart needs at least 2 values");
    }
    double mean = IntStream.range(0, x.length).mapToDouble(i -> x[i]).average().orElseThrow();
    double mr =
        IntStream.range(1, x.length)
            .mapToDouble(i -> Math.abs(x[i] - x[i - 1]))
            .average()
            .orElseThrow();
    double ucl = mean + SCALING * mr;
    double lcl = Math.max(0, mean - SCALING * mr);
    List<Signal> signals = new ArrayList<>();
    add(signals, 1, beyond(x, lcl, ucl));
    add(signals, 2, sameSide(x, mean));
    add(signals, 3, trend(x));
    return new Result(mean, mr, lcl, ucl, signals);
  }

  private static void add(List<Signal> signals, int rule, List<Integer> indices) {
    if (!indices.isEmpty()) {
      signals.add(new Signal(rule, indices.stream().mapToInt(Integer::intValue).toArray()));
    }
  }

  private static List<Integer> beyond(double[] x, double lcl, double ucl) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      // The lower limit is floored at 0, where a count of 0 is not a signal.
      if (x[i] > ucl || (x[i] < lcl && lcl > 0)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Rule 2: runs of at least {@link #RUN} points on one side of the mean; a point on it breaks a
   * run.
   */
  private static List<Integer> sameSide(double[] x, double mean) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < x.length) {
      int side = (int) Math.signum(x[i] - mean);
      int j = i;
      while (j < x.length && side != 0 && (int) Math.signum(x[j] - mean) == side) {
        j++;
      }
      flag(out, i, j, side != 0);
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /**
   * Rule 3: runs of at least {@link #RUN} points each higher (or each lower) than the one before.
   */
  private static List<Integer> trend(double[] x) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < x.length - 1) {
      int step = (int) Math.signum(x[i + 1] - x[i]);
      int j = i + 1;
      while (step != 0 && j < x.length - 1 && (int) Math.signum(x[j + 1] - x[j]) == step) {
        j++;
      }
      flag(out, i, j + 1, step != 0);
      i = Math.max(j, i + 1);
    }
    return out;
  }

  private static void flag(List<Integer> out, int from, int to, boolean real) {
    if (real && to - from >= RUN) {
      IntStream.range(from, to).forEach(out::add);
    }
  }
}
