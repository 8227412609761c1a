package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import saferstats.analysis.Place;

/**
 * A top place's change where the small-numbers guard withholds the percentage (review finding 19):
 * the change in crimes, not a bare n/a that hides a move from 6 to 90.
 */
class PlaceChangeTest {
  private static Place street(long count, Long previous, Double changePct) {
    return new Place(
        5,
        "E01032739",
        "On or near Circus Place",
        "City of London 001F",
        count,
        6.4,
        30.0,
        null,
        previous,
        changePct,
        null,
        null);
  }

  @Test
  void aWithheldPercentageGivesTheChangeInCrimes() {
    // The City's shoplifting at Circus Place: 90 against 6 the year before; 6 is under the guard's
    // 10, so no percentage; 90 - 6 = +84 crimes.
    assertThat(ReportPlaces.change(street(90, 6L, null))).isEqualTo("+84 crimes");
    // Victoria Avenue: 25 against 7 → +18; one fewer is one crime, singular.
    assertThat(ReportPlaces.change(street(25, 7L, null))).isEqualTo("+18 crimes");
    assertThat(ReportPlaces.change(street(5, 6L, null))).isEqualTo("-1 crime");
    // 6 against 6: no move, said in words ("0 crimes" would read as no crimes).
    assertThat(ReportPlaces.change(street(6, 6L, null))).isEqualTo("no change");
  }

  @Test
  void aPercentageStaysAndNoYearBeforeStaysNa() {
    // 126 against 113: (126 - 113) / 113 = +11.5 %, given by the analysis, printed as it is.
    assertThat(ReportPlaces.change(street(126, 113L, 11.5))).isEqualTo("+11.5%");
    // No comparison window (missing months): nothing to subtract.
    assertThat(ReportPlaces.change(street(90, null, null))).isEqualTo("n/a");
  }
}
