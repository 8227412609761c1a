package saferstats.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FarPointsTest {
  private static boolean[] all(int n) {
    boolean[] use = new boolean[n];
    java.util.Arrays.fill(use, true);
    return use;
  }

  @Test
  void threeSwappedPairsAndAZeroZeroAreSetAsideFromABoroughsPoints() {
    // The six Harrow points of fixtures/faraway/records, three latitude/longitude pairs given the
    // wrong way round (51.6 E, 0.3 S projects to about E 7.4 million, N -5.5 million) and one 0,0.
    double[] e = {515_200, 515_300, 515_250, 515_900, 515_400, 515_200, 7.44e6, 7.44e6, 7.44e6, 0};
    double[] n = {189_900, 189_900, 189_950, 189_100, 189_500, 189_100, -5.5e6, -5.5e6, -5.5e6, 0};
    FarPoints.Result r = FarPoints.find(e, n, all(10));
    // Rule 1 takes the 0,0. Of the other nine, the median easting is the 5th of the sorted six
    // Harrow values and three swapped ones: 515,400; the median northing the 5th of -5.5e6 x3,
    // 189,100, 189,100, 189,500, 189,900, 189,900, 189,950: 189,100. Distances from (515,400,
    // 189,100): 824.6, 806.2, 863.1, 500, 400, 200 and three of about 9 million; sorted, the 5th
    // is 824.6 m, and 8 x 824.6 = 6.6 km is under the 50 km floor: the limit is 50 km.
    assertThat(r.unknown()).isEqualTo(1);
    assertThat(r.distant()).isEqualTo(3);
    assertThat(r.count()).isEqualTo(4);
    assertThat(r.limitMetres()).isEqualTo(50_000);
    assertThat(r.far())
        .containsExactly(false, false, false, false, false, false, true, true, true, true);
  }

  @Test
  void aRemoteIslandOfAForceSpreadAlongTwoHundredKilometresIsKept() {
    // Nine points every 10 km along N 100,000 (E 300,000..380,000), an island 150 km west of the
    // middle (E 190,000) and one bad point 360 km east of it (E 700,000). Median easting: the 6th
    // of eleven sorted = 340,000; median northing 100,000. Distances (km): 150, 40, 30, 20, 10, 0,
    // 10, 20, 30, 40, 360; sorted the 6th is 30 km, so the limit is max(50, 8 x 30) = 240 km: the
    // island (150 km) stays, the point 360 km out goes.
    double[] e = new double[11];
    double[] n = new double[11];
    for (int i = 0; i < 9; i++) {
      e[i] = 300_000 + 10_000 * i;
      n[i] = 100_000;
    }
    e[9] = 190_000;
    n[9] = 100_000;
    e[10] = 700_000;
    n[10] = 100_000;
    FarPoints.Result r = FarPoints.find(e, n, all(11));
    assertThat(r.limitMetres()).isCloseTo(240_000, within(1e-6));
    assertThat(r.unknown()).isZero();
    assertThat(r.distant()).isEqualTo(1);
    assertThat(r.far()[9]).isFalse();
    assertThat(r.far()[10]).isTrue();
  }

  @Test
  void unprojectablePointsAreUnknownAndPointsNotInUseAreNeverSetAside() {
    double[] e = {515_000, Double.NaN, 515_100, 0, 515_200};
    double[] n = {189_000, 189_000, Double.POSITIVE_INFINITY, 0, 189_100};
    boolean[] use = {true, true, true, false, true};
    FarPoints.Result r = FarPoints.find(e, n, use);
    // The NaN and the infinity are unknown; the 0,0 is not in use (a row with no location).
    assertThat(r.unknown()).isEqualTo(2);
    assertThat(r.distant()).isZero();
    assertThat(r.far()).containsExactly(false, true, true, false, false);
  }

  @Test
  void theFiftyKilometreFloorDecidesWhenThePointsSitTogether() {
    // Two points at one spot and a third 49 km (then 51 km) east. Median point: (500,000,
    // 180,000), the pair; distances 0, 0, 49 km: median 0, so the limit is the 50 km floor.
    double[] n = {180_000, 180_000, 180_000};
    FarPoints.Result near = FarPoints.find(new double[] {500_000, 500_000, 549_000}, n, all(3));
    assertThat(near.limitMetres()).isEqualTo(50_000);
    assertThat(near.count()).isZero();
    FarPoints.Result far = FarPoints.find(new double[] {500_000, 500_000, 551_000}, n, all(3));
    assertThat(far.far()).containsExactly(false, false, true);
  }
}
