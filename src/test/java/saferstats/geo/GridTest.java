package saferstats.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import saferstats.model.UserError;

class GridTest {
  @Test
  void cellSizeRuleRoundsToFiftyMetresWithinOneHundredAndFiveHundred() {
    // shorter side / 50, to the nearest 50 m, within 100-500 m:
    assertThat(Grid.ruleSize(3_000)).isEqualTo(100); // 60 -> 50 -> clamped up to 100
    assertThat(Grid.ruleSize(12_000)).isEqualTo(250); // 240 -> 250
    assertThat(Grid.ruleSize(11_000)).isEqualTo(200); // 220 -> 200
    assertThat(Grid.ruleSize(11_250)).isEqualTo(250); // 225 -> 250 (half rounds up)
    assertThat(Grid.ruleSize(40_000)).isEqualTo(500); // 800 -> clamped down to 500
  }

  @Test
  void originSnapsToWholeCellsAndCellsNumberRowByRowFromTheSouthWest() {
    // Points span E 515,130..516,020 and N 188,010..188,990: shorter side 890 m -> 100 m cells.
    double[] e = {515_130, 516_020, 515_500};
    double[] n = {188_010, 188_990, 188_500};
    Grid g = Grid.covering(e, n, new boolean[] {true, true, true}, null);
    assertThat(g.cellSize()).isEqualTo(100);
    assertThat(g.originEasting()).isEqualTo(515_100);
    assertThat(g.originNorthing()).isEqualTo(188_000);
    // cols: (516,020 - 515,100) / 100 = 9.2 -> 10; rows: (188,990 - 188,000) / 100 = 9.9 -> 10.
    assertThat(g.cols()).isEqualTo(10);
    assertThat(g.rows()).isEqualTo(10);
    assertThat(g.cellOf(515_130, 188_010)).isZero();
    // (515,500, 188,500): col 4, row 5 -> 5 * 10 + 4 = 54; a point on an edge goes north-east.
    assertThat(g.cellOf(515_500, 188_500)).isEqualTo(54);
    assertThat(g.cellOf(516_020, 188_990)).isEqualTo(99);
    assertThatThrownBy(() -> g.cellOf(514_000, 188_500))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExplicitCellSizeWinsAndSaysSo() {
    Grid g =
        Grid.covering(
            new double[] {0, 1000}, new double[] {0, 1000}, new boolean[] {true, true}, 400);
    assertThat(g.cellSize()).isEqualTo(400);
    assertThat(g.cellSizeRule()).isEqualTo("--cell-size");
    assertThat(g.cols()).isEqualTo(3);
  }

  @Test
  void aPointProjectedMillimetresShortOfACellLineFallsInTheCellThatStartsThere() {
    // E 531,999.9996 is the whole metre 532,000 (SPEC 4.4): with 100 m cells from 531,900 it is
    // in column (532,000 - 531,900) / 100 = 1, the cell that starts at 532,000, not column 0.
    Grid g = new Grid(100, "--cell-size", 531_900, 180_900, 3, 3);
    assertThat(g.cellOf(531_999.9996, 180_950)).isEqualTo(1);
    assertThat(g.cellOf(531_999.4999, 180_950)).isEqualTo(0);
    // Likewise northwards: N 181,099.9996 is 181,100, row 2; and 181,000.4 stays in row 1.
    assertThat(g.cellOf(531_950, 181_099.9996)).isEqualTo(2 * 3);
    assertThat(g.cellOf(531_950, 181_000.4)).isEqualTo(3);
  }

  @Test
  void aPoliceUkPointOnACellCornerSizesAndStartsTheGridAtThatCorner() {
    // police.uk publishes the whole-metre point E 532,000 N 181,000 as -0.099181, 51.512514, which
    // projects to E 531,999.9947 N 180,999.9786 (pyproj and proj4j agree to 0.1 mm). Unrounded, the
    // origin would be 531,900 / 180,900 and the grid an extra row and column; rounded it is the
    // corner itself, and the point is in cell 0 with the one 150 m north-east of it.
    BritishNationalGrid.Point p = BritishNationalGrid.toGrid(-0.099181, 51.512514);
    assertThat(p.easting()).isLessThan(532_000);
    assertThat(p.northing()).isLessThan(181_000);
    Grid g =
        Grid.covering(
            new double[] {p.easting(), 532_150},
            new double[] {p.northing(), 181_150},
            new boolean[] {true, true},
            100);
    assertThat(g.originEasting()).isEqualTo(532_000);
    assertThat(g.originNorthing()).isEqualTo(181_000);
    assertThat(g.cols()).isEqualTo(2);
    assertThat(g.rows()).isEqualTo(2);
    assertThat(g.cellOf(p.easting(), p.northing())).isZero();
  }

  @Test
  void aGridOfMoreThanTheMaximumCellsIsAUserErrorNamingACellSizeThatFits() {
    // 100 km square at --cell-size 100: 1,001 x 1,001 cells. The smallest size that fits: from
    // sqrt(100,000^2 / 250,000) = 200 m up in steps of 10 m, allowing one extra cell each way
    // for the origin: 200 -> (501 + 1)^2 = 252,004, too many; 210 -> (477 + 1)^2 = 228,484.
    double[] e = {400_000, 500_000};
    double[] n = {100_000, 200_000};
    boolean[] use = {true, true};
    assertThatThrownBy(() -> Grid.covering(e, n, use, 100))
        .isInstanceOfSatisfying(
            UserError.class,
            u -> {
              assertThat(u.exitCode()).isEqualTo(UserError.USAGE);
              assertThat(u.line())
                  .contains("1,002,001 cells of 100 m")
                  .contains("give --cell-size 210 or more");
            });
    // By the default rule a 600 km square gets 500 m cells: 1,201^2 cells, too many for the data
    // as given, so exit 4 (the request is not one the data can answer as they stand).
    assertThatThrownBy(
            () -> Grid.covering(new double[] {0, 600_000}, new double[] {1, 600_001}, use, null))
        .isInstanceOfSatisfying(
            UserError.class, u -> assertThat(u.exitCode()).isEqualTo(UserError.NOT_COVERED));
    assertThat(Grid.covering(e, n, use, 210).cols()).isEqualTo(477);
  }

  @Test
  void aCellsCentreIsItsSouthWestCornerPlusHalfACellInWholeMetresAndInWgs84() {
    // 3 rows x 4 cols of 100 m from (533,000, 181,000). Cell 6 = row 6 / 4 = 1, col 6 % 4 = 2:
    // centre E = 533,000 + 2.5 x 100 = 533,250; N = 181,000 + 1.5 x 100 = 181,150.
    Grid g = new Grid(100, "--cell-size", 533_000, 181_000, 3, 4);
    BritishNationalGrid.Point c = g.centre(6);
    assertThat(c.easting()).isEqualTo(533_250);
    assertThat(c.northing()).isEqualTo(181_150);
    // Independent value from PROJ (Debian python3-pyproj, EPSG:27700 with its Helmert shift):
    //   /usr/bin/python3 -c "from pyproj import Transformer; t = Transformer.from_crs('EPSG:27700',
    //   'EPSG:4326', always_xy=True); print('%.6f %.6f' % t.transform(533250, 181150))"
    //   -> -0.081122 51.513569
    BritishNationalGrid.LonLat ll =
        BritishNationalGrid.toWgs84(c.easting(), c.northing()).sixDecimals();
    assertThat(ll.lon()).isEqualTo(-0.081122);
    assertThat(ll.lat()).isEqualTo(51.513569);
  }

  @Test
  void anOddCellSizePutsTheCentreOnAHalfMetreAndItRoundsUp() {
    // 101 m cells from 0: cell 0's centre is 50.5 m each way, rounded half up to 51.
    Grid g = new Grid(101, "--cell-size", 0, 0, 5, 5);
    assertThat(g.centre(0).easting()).isEqualTo(51);
    assertThat(g.centre(0).northing()).isEqualTo(51);
  }
}
