package saferstats.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import saferstats.stats.ExactPoissonTest;

/**
 * Ranks places by count, largest first (ties by code, then name), with share, cumulative share and,
 * when a previous window is given, the change and its exact test.
 */
final class PlaceRanking {
  /** What is known of a place besides its count. */
  record Key(String code, String name, String within) {}

  private PlaceRanking() {}

  static List<Place> rank(
      Map<Key, Long> counts, Map<Key, Long> previous, Function<Key, Double> per1000, int top) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    List<Map.Entry<Key, Long>> sorted =
        counts.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<Key, Long> e) -> -e.getValue())
                    .thenComparing(e -> e.getKey().code())
                    .thenComparing(e -> e.getKey().name()))
            .toList();
    List<Place> places = new ArrayList<>();
    long running = 0;
    for (int i = 0; i < sorted.size() && i < top; i++) {
      Key k = sorted.get(i).getKey();
      long n = sorted.get(i).getValue();
      running += n;
      Long before = previous == null ? null : previous.getOrDefault(k, 0L);
      ExactPoissonTest.Result test = before == null ? null : ExactPoissonTest.compare(n, before);
      places.add(
          new Place(
              i + 1,
              k.code(),
              k.name(),
              k.within(),
              n,
              pct(n, total),
              pct(running, total),
              per1000.apply(k),
              before,
              before == null ? null : Comparison.changePct(n, before),
              test == null ? null : test.p(),
              test == null ? null : test.significance()));
    }
    return places;
  }

  private static double pct(long n, long total) {
    return total == 0 ? 0.0 : Math.round(1000.0 * n / total) / 10.0;
  }
}
