package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.model.Month;

/** Figures derived from other figures, computed once in analysis for every format. */
class DerivedFiguresTest {
  private static Month m(String s) {
    return Month.parse(s).orElseThrow();
  }

  @Test
  void latestSignalIsTheNewestFlaggedMonthWithEveryRuleThatFlagsIt() {
    List<ControlFigures.Signal> signals =
        List.of(
            new ControlFigures.Signal(1, List.of(m("2022-03"), m("2023-05"))),
            new ControlFigures.Signal(2, m("2022-11").through(m("2023-05"))),
            new ControlFigures.Signal(3, m("2021-01").through(m("2021-07"))));
    ControlFigures c = new ControlFigures(36, 36, List.of(), 10, 2, 18, signals);
    // 2023-05 is the newest month any rule flags; rules 1 and 2 flag it, rule 3 stops in 2021.
    assertThat(c.latestSignal())
        .isEqualTo(new ControlFigures.LatestSignal(m("2023-05"), List.of(1, 2)));
  }

  @Test
  void aChartWithNoSignalHasNoLatestSignal() {
    assertThat(new ControlFigures(36, 36, List.of(), 10, 2, 18, List.of()).latestSignal()).isNull();
  }

  @Test
  void windowsMissingGathersEachWindowsGapsOnceInOrder() {
    // current12 misses 2024-02; previous12 misses 2023-01 and 2023-02; the quarter (2024-01 to
    // 2024-03) misses 2024-02 again and the same quarter last year 2023-01 and 2023-02 again: six
    // windows, five gaps among them, three distinct months.
    WindowCount c12 = new WindowCount("c", m("2023-07"), m("2024-06"), null, List.of(m("2024-02")));
    WindowCount p12 =
        new WindowCount("p", m("2022-07"), m("2023-06"), null, List.of(m("2023-01"), m("2023-02")));
    WindowCount q = new WindowCount("q", m("2024-01"), m("2024-03"), null, List.of(m("2024-02")));
    WindowCount qly =
        new WindowCount(
            "qly", m("2023-01"), m("2023-03"), null, List.of(m("2023-02"), m("2023-01")));
    WindowFigures w =
        new WindowFigures(
            new PairFigures(c12, p12, null, null),
            new PairFigures(q, qly, null, null),
            new PairFigures(c12, p12, null, null));
    assertThat(w.missing()).containsExactly(m("2023-01"), m("2023-02"), m("2024-02"));
  }

  @Test
  void highestZListsTheStrongestCellsFirstAndKeepsGridOrderAmongEquals() {
    Double[] z = {1.0, null, 3.0, 2.0, 3.0};
    List<GridFigures.Cell> cells = new java.util.ArrayList<>();
    for (int i = 0; i < z.length; i++) {
      cells.add(
          new GridFigures.Cell(
              0, i, 0, 0, 0, 0, null, null, i, i, z[i], null, null, 0, false, false, null, null,
              null));
    }
    GridFigures g =
        new GridFigures(250, "", 1, 5, 0, 0, 10, 10, 0, 0, 0, List.of(), null, List.copyOf(cells));
    // 3.0 (col 2), 3.0 (col 4), 2.0 (col 3); the cell with no z is never listed.
    assertThat(g.highestZ(3)).extracting(GridFigures.Cell::col).containsExactly(2, 4, 3);
    assertThat(g.highestZ(10)).hasSize(4);
  }
}
