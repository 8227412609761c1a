package saferstats.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
}
