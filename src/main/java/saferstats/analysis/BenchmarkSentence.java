package saferstats.analysis;

import java.util.List;
import java.util.Locale;
import saferstats.stats.FunnelPlot;

/**
 * The area's place among its peers in one sentence: "Harrow has the 2nd lowest rate of all crime
 * per 1,000 residents of London's 32 boroughs (rank interval 1–3; mid-2020 population)", its funnel
 * position and the cautions it rests on, in the same sentence.
 */
final class BenchmarkSentence {
  private BenchmarkSentence() {}

  static String of(
      String area,
      String priority,
      String peerGroup,
      List<BenchmarkReport.Place> places,
      FunnelPlot.Result fit,
      String populationWords,
      String comparatorChange) {
    BenchmarkReport.Place p =
        places.stream().filter(x -> x.name().equals(area)).findFirst().orElseThrow();
    String what = priority.equals(Benchmark.ALL_CRIME) ? "recorded crime" : lower(priority);
    boolean onChange = p.comparedOnChange();
    if (p.count() == null && p.flags().contains(Benchmark.OTHER_SOURCE)) {
      return area + " has no count of " + what + " to compare: a month of the window is missing.";
    }
    if (!onChange && (p.rank() == null || fit == null)) {
      return area
          + " cannot be ranked on "
          + what
          + ": "
          + (fit == null ? "no peer has a rate to compare" : "a month of the window is missing");
    }
    if (onChange) {
      return area
          + (p.flags().contains(Benchmark.RESIDENT_DENOMINATOR)
              ? "'s residents are not the population at risk (workers and visitors are not in the"
                  + " denominator), so it is compared on change, not rate: "
              : "'s figures come from another source than its peers', so it is compared on"
                  + " change, not rate: ")
          + what
          + " "
          + (p.changePct() == null
              ? "has no change to compare (a window is incomplete or under 10)"
              : String.format(Locale.UK, "changed by %+.1f %%", p.changePct()))
          + comparatorChange
          + changeRank(p, places)
          + ".";
    }
    int ranked = (int) places.stream().filter(x -> x.rank() != null).count();
    return String.format(
        Locale.UK,
        "%s has the %s rate of %s per 1,000 residents of %s (rank interval %s; %s): %s per"
            + " 1,000 against %s pooled, %s.",
        area,
        ordinal(p.rank(), ranked),
        what,
        peerGroup,
        interval(p.rank(), p.rankLow(), p.rankHigh(), ranked),
        populationWords,
        decimal(p.ratePer1000(), fit.pooledRate()),
        decimal(fit.pooledRate(), fit.pooledRate()),
        reading(
            side(
                decimal(p.ratePer1000(), fit.pooledRate()),
                decimal(fit.pooledRate(), fit.pooledRate()),
                p.ratePer1000() - fit.pooledRate()),
            p.funnel(),
            peerGroup));
  }

  /**
   * The figures' reading (review finding 15): which side of the pooled rate, then the funnel.
   * Within the 95 % limits is said as what it means, within the spread the peers' rates show, so
   * not distinguishable from the pooled rate (the limits widen with the peers' over-dispersion);
   * never as "average".
   */
  static String reading(String side, FunnelPlot.Position funnel, String peerGroup) {
    if (funnel == FunnelPlot.Position.WITHIN) {
      return side.startsWith("level")
          ? side + ", within the funnel's 95 % limits"
          : side
              + " but within the funnel's 95 % limits (the spread "
              + peerGroup
              + " show), so not distinguishable from it";
    }
    return side + " and " + position(funnel);
  }

  /** "below the pooled rate", "above …", or "level with …" when the two print the same. */
  private static String side(String rate, String pooled, double difference) {
    return rate.equals(pooled)
        ? "level with the pooled rate"
        : (difference < 0 ? "below" : "above") + " the pooled rate";
  }

  /** "; its change is the 3rd highest of 33 (1 = the largest fall; rank interval 29–33)". */
  private static String changeRank(BenchmarkReport.Place p, List<BenchmarkReport.Place> places) {
    if (p.changeRank() == null) {
      return "";
    }
    int of = (int) places.stream().filter(x -> x.changeRank() != null).count();
    return String.format(
        Locale.UK,
        "; its change is the %s of %d (rank %d, 1 = the largest fall; rank interval %d–%d)",
        ordinal(p.changeRank(), of)
            .replace("lowest", "lowest change")
            .replace("highest", "highest change"),
        of,
        p.changeRank(),
        p.changeRankLow(),
        p.changeRankHigh());
  }

  /**
   * The rank interval on the scale the ordinal is counted on: "1–3" beside "2nd lowest" (rank 1 the
   * lowest), "12th–18th highest" beside "15th highest" of 32 (low rank 15 and high rank 21 counted
   * from the top are 18th and 12th), so the interval never reads on the other scale.
   */
  static String interval(int rank, int low, int high, int of) {
    if (rank <= (of + 1) / 2) {
      return low + "–" + high;
    }
    int fromTop = of - high + 1;
    int toTop = of - low + 1;
    return nth(fromTop) + "–" + nth(toTop) + " highest";
  }

  /** "lowest", "2nd lowest", …, "highest": counted from whichever end is nearer. */
  static String ordinal(int rank, int of) {
    if (rank == 1) {
      return "lowest";
    }
    if (rank == of) {
      return "highest";
    }
    return rank <= (of + 1) / 2 ? nth(rank) + " lowest" : nth(of - rank + 1) + " highest";
  }

  static String nth(int n) {
    int t = n % 100;
    String s =
        t >= 11 && t <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + s;
  }

  private static String position(FunnelPlot.Position p) {
    return switch (p) {
      case WITHIN -> "within the funnel's 95 % limits";
      case ABOVE_95 -> "above the funnel's 95 % limit (not its 99.8 %)";
      case ABOVE_998 -> "above the funnel's 99.8 % limit";
      case BELOW_95 -> "below the funnel's 95 % limit (not its 99.8 %)";
      case BELOW_998 -> "below the funnel's 99.8 % limit";
    };
  }

  /** One decimal from 10 per 1,000 up; more for rarer crimes, so two rates never both read 0.0. */
  private static String decimal(double v, double scale) {
    int places = scale >= 10 ? 1 : scale >= 1 ? 2 : scale >= 0.1 ? 3 : 4;
    return String.format(Locale.UK, "%,." + places + "f", v);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.UK);
  }
}
