package saferstats.mps;

import java.time.LocalDate;
import saferstats.model.Month;

/**
 * One row of an MPS Monthly Crime Dashboard file, as read: {@code areaCode} is the area's code, or
 * for the rows that have none ({@code Other / NK}) its borough and name.
 *
 * @param refresh the row's {@code Refresh Date}; {@link LocalDate#MIN} when the file has none
 * @param line the row's line in its file
 */
public record DashboardRow(
    MpsLayout.Level level,
    String areaCode,
    String areaName,
    String borough,
    String group,
    String subgroup,
    DashboardMeasure measure,
    Month month,
    long count,
    LocalDate refresh,
    long line) {

  /** The folded key of the row's group and subgroup. */
  public String categoryKey() {
    return DashboardNames.key(group, subgroup);
  }
}
