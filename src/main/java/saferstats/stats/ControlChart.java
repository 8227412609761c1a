package saferstats.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * XmR control chart as in NHS "Making Data Count": centre = mean, limits = mean ± 2.66 × mean
 * moving range (lower not below 0), and three rules, each listing the indices it flags (SPEC 4.2).
 * Each value has a position in time; a moving range or a run joins only neighbours one step apart,
 * so neither reaches across a gap of missing months.
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

  /** Values at consecutive positions 0, 1, 2, … (a series with no gaps). */
  public static Result xmr(double[] x) {
    return xmr(IntStream.range(0, x.length).toArray(), x);
  }

  /**
   * Values {@code x} at strictly increasing positions {@code t}; at least one pair must be
   * adjacent.
   */
  public static Result xmr(int[] t, double[] x) {
    if (t.length != x.length) {
      throw new IllegalArgumentException("one position per value");
    }
    double mean = IntStream.range(0, x.length).mapToDouble(i -> x[i]).average().orElse(0);
    double mr =
        IntStream.range(1, x.length)
            .filter(i -> adjacent(t, i))
            .mapToDouble(i -> Math.abs(x[i] - x[i - 1]))
            .average()
            .orElseThrow(
                () -> new IllegalArgumentException("an XmR chart needs two consecutive months"));
    double ucl = mean + SCALING * mr;
    double lcl = Math.max(0, mean - SCALING * mr);
    List<Signal> signals = new ArrayList<>();
    add(signals, 1, beyond(x, lcl, ucl));
    add(signals, 2, sameSide(t, x, mean));
    add(signals, 3, trend(t, x));
    return new Result(mean, mr, lcl, ucl, signals);
  }

  /**
   * One phase of a re-phased chart (NHS "Making Data Count": recalculate the centre and limits
   * after a known change in the process): values {@code from} (inclusive) to {@code to}
   * (exclusive), their own mean, and their own limits, or none when the phase holds too few values
   * for limits of its own. Signals are found within the phase only, with indices into the whole
   * series: no run or moving range crosses from one phase into the next.
   */
  public record Phase(
      int from, int to, double mean, Double lcl, Double ucl, List<Signal> signals) {}

  /**
   * The chart recalculated per phase. {@code starts} are the indices where a new phase begins (the
   * first phase begins at 0, which need not be listed); a phase of fewer than {@code minForLimits}
   * values, or with no two adjacent values, gets its mean but no limits, so rule 1 cannot flag in
   * it, while rules 2 and 3 still read its own centre and points.
   */
  public static List<Phase> phases(int[] t, double[] x, int[] starts, int minForLimits) {
    if (t.length != x.length) {
      throw new IllegalArgumentException("one position per value");
    }
    int[] bounds =
        IntStream.concat(IntStream.of(starts), IntStream.of(0, x.length))
            .filter(i -> i >= 0 && i <= x.length)
            .distinct()
            .sorted()
            .toArray();
    List<Phase> phases = new ArrayList<>();
    for (int b = 0; b + 1 < bounds.length; b++) {
      int from = bounds[b];
      int to = bounds[b + 1];
      phases.add(
          phase(
              from,
              java.util.Arrays.copyOfRange(t, from, to),
              java.util.Arrays.copyOfRange(x, from, to),
              minForLimits));
    }
    return phases;
  }

  private static Phase phase(int from, int[] t, double[] x, int minForLimits) {
    boolean limits =
        x.length >= minForLimits && IntStream.range(1, t.length).anyMatch(i -> adjacent(t, i));
    List<Signal> local;
    double mean;
    Double lcl = null;
    Double ucl = null;
    if (limits) {
      Result r = xmr(t, x);
      mean = r.mean();
      lcl = r.lcl();
      ucl = r.ucl();
      local = r.signals();
    } else {
      mean = IntStream.range(0, x.length).mapToDouble(i -> x[i]).average().orElse(0);
      local = new ArrayList<>();
      add(local, 2, sameSide(t, x, mean));
      add(local, 3, trend(t, x));
    }
    return new Phase(
        from,
        from + x.length,
        mean,
        lcl,
        ucl,
        local.stream()
            .map(s -> new Signal(s.rule(), IntStream.of(s.indices()).map(i -> i + from).toArray()))
            .toList());
  }

  /** Whether value i directly follows value i − 1 in time. */
  private static boolean adjacent(int[] t, int i) {
    return t[i] - t[i - 1] == 1;
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
   * Rule 2: runs of at least {@link #RUN} points on one side of the mean; a point on it, or a gap,
   * breaks a run.
   */
  private static List<Integer> sameSide(int[] t, double[] x, double mean) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < x.length) {
      int side = (int) Math.signum(x[i] - mean);
      int j = i + 1;
      while (j < x.length && adjacent(t, j) && (int) Math.signum(x[j] - mean) == side) {
        j++;
      }
      flag(out, i, j, side != 0);
      i = j;
    }
    return out;
  }

  /**
   * Rule 3: runs of at least {@link #RUN} points each higher (or each lower) than the one before; a
   * gap breaks a run, since the month before is unknown.
   */
  private static List<Integer> trend(int[] t, double[] x) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < x.length - 1) {
      int step = adjacent(t, i + 1) ? (int) Math.signum(x[i + 1] - x[i]) : 0;
      int j = i + 1;
      while (step != 0
          && j < x.length - 1
          && adjacent(t, j + 1)
          && (int) Math.signum(x[j + 1] - x[j]) == step) {
        j++;
      }
      flag(out, i, j + 1, step != 0);
      i = j;
    }
    return out;
  }

  private static void flag(List<Integer> out, int from, int to, boolean real) {
    if (real && to - from >= RUN) {
      IntStream.range(from, to).forEach(out::add);
    }
  }
}
