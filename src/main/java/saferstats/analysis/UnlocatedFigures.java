package saferstats.analysis;

/**
 * The force's crimes of a priority with no location, which no area can hold (SPEC 4.5), in each
 * window: police.uk street input only.
 *
 * @param shareChangePoints current12's share less previous12's as shown (1 dp), in percentage
 *     points
 * @param changePctWithThem the area's 12-month change had the force's unlocated crimes been the
 *     area's too: (area + unlocated) in current12 against the same in previous12
 * @param shareChanged the share moved by 2 points or more between the 12-month windows; flag
 *     unlocated-share-changed
 */
public record UnlocatedFigures(
    Share current12,
    Share previous12,
    Share quarter,
    Share quarterLastYear,
    Share fytd,
    Share fytdLastYear,
    Double shareChangePoints,
    Double changePctWithThem,
    boolean shareChanged) {

  /**
   * A window's unlocated crimes, all the force's crimes of the priority and the unlocated share of
   * them in percent (1 dp); null where a month has no data or the force had none.
   */
  public record Share(Long count, Long forceCount, Double sharePct) {}
}
