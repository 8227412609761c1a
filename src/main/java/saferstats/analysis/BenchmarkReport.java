package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;
import saferstats.stats.FunnelPlot;

/**
 * The result of {@code saferstats benchmark} (SPEC 4.7 and 4a): per priority, and for all crime,
 * every peer's count, population and rate over the 12 months to {@code end}, its funnel position
 * and its rank with a 95 % interval.
 *
 * @param area the area as asked for
 * @param peerGroup the peers in words ("London's 32 boroughs")
 * @param from the first month counted; {@code end} the last
 */
public record BenchmarkReport(
    String command,
    String area,
    String peerGroup,
    Month end,
    Month from,
    PopulationSource population,
    String categories,
    List<String> notes,
    List<InputSummary> inputs,
    List<Priority> priorities) {

  /** The population file and its estimates' year (null: unknown). */
  public record PopulationSource(String source, Integer year) {}

  /**
   * One priority among the peers; the funnel figures are null when no peer had a crime of it.
   *
   * @param tau2 the between-area variance on the scale of the rate per 1,000 squared; 0 when the
   *     peers are no more spread than Poisson counts
   * @param changeMethod how the places were ranked on change, null when fewer than two peers have a
   *     change
   * @param sentence what the area's position says, with its cautions
   */
  public record Priority(
      String name,
      Double pooledRatePer1000,
      Double dispersion,
      Double tau2,
      String method,
      String changeMethod,
      String sentence,
      List<Place> places) {

    /**
     * Whether the funnel's limits are nearly flat across the peers' populations: the spread between
     * places (τ²) outweighs the chance variation of even the smallest place's count.
     */
    public boolean limitsFlat() {
      if (pooledRatePer1000 == null || tau2 == null || tau2 <= 0) {
        return false;
      }
      var sizes =
          places.stream()
              .filter(x -> x.ratePer1000() != null && x.population() != null)
              .mapToDouble(Place::population)
              .summaryStatistics();
      return sizes.getCount() > 1
          && FunnelPlot.flat(pooledRatePer1000, tau2, 1000, sizes.getMin(), sizes.getMax());
    }

    /** The place named {@code name} (the area's, say), or null when it has none. */
    public Place place(String name) {
      return places.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }
  }

  /**
   * One peer. Counts and ranks are null when a month of the window is missing for it.
   *
   * @param changePct the change on the previous 12 months (how to compare a peer whose residents
   *     are not the population at risk), null when a window is incomplete or the previous count is
   *     under 10
   * @param changeRank the rank of {@code changePct} among the peers' (1 = the largest fall), with
   *     its 95 % interval ({@code changeRankLow}–{@code changeRankHigh}); null with no change
   */
  public record Place(
      String name,
      Long count,
      Long population,
      Double ratePer1000,
      Integer rank,
      Integer rankLow,
      Integer rankHigh,
      FunnelPlot.Position funnel,
      Double changePct,
      Integer changeRank,
      Integer changeRankLow,
      Integer changeRankHigh,
      List<String> flags) {

    /**
     * Whether this place is compared with its peers on change, not rate: its residents are not its
     * population at risk, or its counts come from another source than the peers'.
     */
    public boolean comparedOnChange() {
      return flagged(Benchmark.RESIDENT_DENOMINATOR) || flagged(Benchmark.OTHER_SOURCE);
    }

    /** Whether this place is flagged: {@code flag} one of {@link Benchmark}'s flag names. */
    public boolean flagged(String flag) {
      return flags != null && flags.contains(flag);
    }
  }
}
