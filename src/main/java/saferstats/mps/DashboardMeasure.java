package saferstats.mps;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two measures of the MPS Monthly Crime Dashboard (SPEC 1.4b). */
public enum DashboardMeasure {
  OFFENCES("Offences"),
  /** Outcomes recorded in the month, possibly of earlier offences: never a monthly rate. */
  POSITIVE_OUTCOMES("Positive Outcomes");

  private final String published;

  DashboardMeasure(String published) {
    this.published = published;
  }

  /** The measure as the dashboard spells it. */
  public String published() {
    return published;
  }

  /** The measure spelled {@code text}, case and spaces folded; empty when it is neither. */
  public static Optional<DashboardMeasure> of(String text) {
    String t = DashboardNames.fold(text);
    return Arrays.stream(values())
        .filter(m -> DashboardNames.fold(m.published).equals(t))
        .findFirst();
  }

  @Override
  public String toString() {
    return published.toLowerCase(Locale.ROOT);
  }
}
