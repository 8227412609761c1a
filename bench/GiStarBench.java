import java.util.Random;
import saferstats.stats.BenjaminiHochberg;
import saferstats.stats.GetisOrd;

/**
 * Times Getis-Ord Gi* (and the Benjamini-Hochberg adjustment) on a 20,000-cell grid (125 x 160)
 * of heavy-tailed counts, after a warm-up. Run: java -cp target/saferstats.jar bench/GiStarBench.java
 */
public class GiStarBench {
  public static void main(String[] args) {
    int rows = 125;
    int cols = 160;
    Random random = new Random(1);
    long[] counts = new long[rows * cols];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = (long) Math.floor(Math.exp(random.nextGaussian() * 1.2));
    }
    for (int i = 0; i < 20; i++) {
      run(counts, rows, cols);
    }
    int reps = 50;
    long start = System.nanoTime();
    int hot = 0;
    for (int i = 0; i < reps; i++) {
      hot = run(counts, rows, cols);
    }
    double ms = (System.nanoTime() - start) / 1e6 / reps;
    System.out.printf(
        "Gi* + BH on %,d cells (%d x %d): %.1f ms per grid (mean of %d, after warm-up); %d hot%n",
        counts.length, rows, cols, ms, reps, hot);
    long cold = System.nanoTime();
    run(counts, rows, cols);
    System.out.printf("single run: %.1f ms%n", (System.nanoTime() - cold) / 1e6);
  }

  private static int run(long[] counts, int rows, int cols) {
    GetisOrd.Scores s = (GetisOrd.Scores) GetisOrd.giStar(counts, rows, cols);
    double[] q = BenjaminiHochberg.adjust(s.p());
    int hot = 0;
    for (int c = 0; c < q.length; c++) {
      hot += s.z()[c] > 0 && q[c] < 0.05 ? 1 : 0;
    }
    return hot;
  }
}
