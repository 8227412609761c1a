package saferstats.stats;

/**
 * A cell's hotspot history over the last K periods (SPEC 4.4), from whether it was hot in each. The
 * thresholds are compared in integers (4·hot ≥ 3·K rather than hot/K ≥ 0.75) so that no rounding
 * decides a boundary case.
 */
public enum HotspotClass {
  /** Hot in at least 75 % of the periods, the latest among them. */
  PERSISTENT,
  /** Hot in the latest period and in under 25 % of the earlier ones. */
  EMERGING,
  /** Not hot in the latest two periods, hot in at least half of those before them. */
  FORMER,
  /** Hot at least once, but none of the above. */
  INTERMITTENT,
  /** Never hot. */
  NONE;

  /** The shortest history for which "the latest two" and "the earlier ones" both exist. */
  public static final int MIN_PERIODS = 3;

  /** The name written in every output ("persistent"). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * @param hotByPeriod one flag per period, oldest first, latest last
   */
  public static HotspotClass classify(boolean[] hotByPeriod) {
    int k = hotByPeriod.length;
    if (k < MIN_PERIODS) {
      throw new IllegalArgumentException(
          "classification needs at least " + MIN_PERIODS + " periods, got " + k);
    }
    boolean latest = hotByPeriod[k - 1];
    int all = hotIn(hotByPeriod, k);
    if (latest && 4 * all >= 3 * k) {
      return PERSISTENT;
    }
    if (latest && 4 * hotIn(hotByPeriod, k - 1) < k - 1) {
      return EMERGING;
    }
    if (!latest && !hotByPeriod[k - 2] && 2 * hotIn(hotByPeriod, k - 2) >= k - 2) {
      return FORMER;
    }
    return all > 0 ? INTERMITTENT : NONE;
  }

  /** Hot periods among the first {@code count}. */
  private static int hotIn(boolean[] hot, int count) {
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (hot[i]) {
        n++;
      }
    }
    return n;
  }
}
