package saferstats.sample;

import java.util.SplittableRandom;

/** Seeded random numbers with the few distributions the sample generator needs. */
final class Rng {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final SplittableRandom random;

  Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * An independent stream per label, so adding a draw in one month or borough never shifts the
   * numbers of another (String.hashCode is specified, so this is the same on every JVM).
   */
  static Rng derive(long seed, String stream) {
    long mixed = seed * 0x9E3779B97F4A7C15L + stream.hashCode();
    return new Rng(new SplittableRandom(mixed).nextLong());
  }

  double uniform() {
    return random.nextDouble();
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** Box-Muller with StrictMath, so the output is byte-identical on every platform. */
  double gaussian() {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  /** Lognormal with median 1. */
  double lognormal(double sigma) {
    return StrictMath.exp(sigma * gaussian());
  }

  /** Poisson count: exact (Knuth) for small means, normal approximation for large ones. */
  int poisson(double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda >= 30) {
      long n = Math.round(lambda + StrictMath.sqrt(lambda) * gaussian());
      return (int) Math.max(0, n);
    }
    double limit = StrictMath.exp(-lambda);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }

  /** Index drawn in proportion to the gaps of a cumulative weight array. */
  int pick(double[] cumulative) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** 64 lowercase hex characters, the shape of a police.uk Crime ID (a SHA-256 hash). */
  String hexId() {
    char[] out = new char[64];
    for (int word = 0; word < 4; word++) {
      long bits = random.nextLong();
      for (int i = 0; i < 16; i++) {
        out[word * 16 + i] = HEX[(int) (bits >>> (60 - 4 * i)) & 0xF];
      }
    }
    return new String(out);
  }

  /** Running sums of weights, for {@link #pick}. */
  static double[] cumulative(double[] weights) {
    double[] out = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      out[i] = sum;
    }
    return out;
  }
}
