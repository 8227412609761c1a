package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbruptMonthsTest {
  /** Twelve months of 50..61: sorted, the middle two are 55 and 56, so the median is 55.5. */
  private static double[] usual() {
    double[] x = new double[13];
    for (int i = 0; i < 12; i++) {
      x[i] = 50 + i;
    }
    return x;
  }

  @Test
  void aMonthUnderAQuarterOfTheUsualMedianIsAbrupt() {
    double[] x = usual();
    x[12] = 3; // 3 < 55.5 / 4 = 13.875
    assertThat(AbruptMonths.find(x, 0)).containsExactly(new AbruptMonths.Abrupt(12, 3, 55.5));
  }

  @Test
  void aQuarterExactlyIsNotAbrupt() {
    double[] x = new double[13];
    Arrays.fill(x, 0, 12, 40); // median 40, a quarter is 10, four times 160
    x[12] = 10;
    assertThat(AbruptMonths.find(x, 0)).isEmpty();
    x[12] = 160;
    assertThat(AbruptMonths.find(x, 0)).isEmpty();
    x[12] = 161;
    assertThat(AbruptMonths.find(x, 0)).containsExactly(new AbruptMonths.Abrupt(12, 161, 40));
  }

  @Test
  void aSmallMedianJudgesNothing() {
    double[] x = new double[13];
    Arrays.fill(x, 0, 12, 7); // median 7 < 8: 0 or 40 is noise at this size
    x[12] = 40;
    assertThat(AbruptMonths.find(x, 0)).isEmpty();
  }

  @Test
  void aMonthWithAMissingMonthBeforeItIsNotJudged() {
    double[] x = usual();
    x[12] = 3;
    x[5] = Double.NaN;
    assertThat(AbruptMonths.find(x, 0)).isEmpty();
  }

  @Test
  void eachMonthIsJudgedAgainstItsOwnTwelveBefore() {
    // 54 for 12 months, then 3 and 4: month 12 has median 54 (3 < 13.5); month 13's twelve before
    // are eleven 54s and the 3, median still 54, so 4 < 13.5 is abrupt too.
    double[] x = new double[14];
    Arrays.fill(x, 0, 12, 54);
    x[12] = 3;
    x[13] = 4;
    List<AbruptMonths.Abrupt> found = AbruptMonths.find(x, 13);
    assertThat(found).containsExactly(new AbruptMonths.Abrupt(13, 4, 54));
    assertThat(AbruptMonths.find(x, 0)).hasSize(2);
  }
}
